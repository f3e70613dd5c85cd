# The application image for production (see docker-compose.yml). Local mode needs no image.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q -Dmdep.skip=true dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
COPY keycloak keycloak
COPY seeds seeds
# mdep.skip: the image never runs the embedded Keycloak, so it does not need its distribution
RUN mvn -B -q -Dmdep.skip=true -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 etablering
USER etablering
WORKDIR /app
COPY --from=build /build/target/etablering-*.jar /app/etablering.jar
ENV ETABLERING_LOCAL_ENABLED=false
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/etablering.jar"]
