package org.etablering;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class EtableringApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(EtableringApplication.class, args);
        } catch (Throwable startFailed) {
            // The local engine's threads would keep a failed JVM alive; exit so shutdown hooks stop the child processes.
            System.exit(1);
        }
    }
}
