# The application image for production (see docker-compose.yml). Local mode needs no image.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q -Dproduction dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
COPY keycloak keycloak
COPY seeds seeds
# -Dproduction: the production artefact, without the local mode's embedded PostgreSQL, in-memory engine
# (Camunda License 1.0: evaluation and tests only) and Keycloak launcher
RUN mvn -B -q -Dproduction -Dmaven.test.skip=true package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 etablering
USER etablering
WORKDIR /app
COPY --from=build /build/target/etablering-*.jar /app/etablering.jar
ENV ETABLERING_LOCAL_ENABLED=false
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/etablering.jar"]
