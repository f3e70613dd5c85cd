package org.etablering.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewNote(@NotBlank @Size(max = 8000) String text) {
}
