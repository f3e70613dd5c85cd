package org.etablering.land;

import java.util.List;
import org.mapstruct.Mapper;

@Mapper
public interface ParcelMapper {

    ParcelView toView(Parcel parcel);

    List<ParcelView> toViews(List<Parcel> parcels);
}
