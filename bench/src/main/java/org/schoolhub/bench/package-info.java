/** Load generator and physical baseline for the ledger service; run by bench/run.sh. */
package org.schoolhub.bench;
