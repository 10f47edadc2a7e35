package org.schoolhub.service;

import java.util.Arrays;

import org.schoolhub.service.cli.OpsCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The SchoolHub ledger: one jar, three roles (all, command, query). */
@SpringBootApplication
public class SchoolHubApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("ops")) {
            // the operators' tool talks to a running service: no Spring context, no database
            System.exit(OpsCli.onThisProcess().run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(SchoolHubApplication.class, args);
    }
}
