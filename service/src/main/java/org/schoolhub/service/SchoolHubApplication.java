package org.schoolhub.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The SchoolHub ledger: one jar, three roles (all, command, query). */
@SpringBootApplication
public class SchoolHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(SchoolHubApplication.class, args);
    }
}
