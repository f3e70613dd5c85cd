package org.etablering.land;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ParcelRepository extends JpaRepository<Parcel, UUID>, JpaSpecificationExecutor<Parcel> {

    Optional<Parcel> findByMunicipalityAndDesignationIgnoreCase(String municipality, String designation);

    boolean existsByMunicipality(String municipality);
}
