package org.etablering;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class EtableringApplication {

    public static void main(String[] args) {
        SpringApplication.run(EtableringApplication.class, args);
    }
}
