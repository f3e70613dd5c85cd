package org.etablering.inquiry;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.etablering.cases.OrganisationNumber;

class OrganisationNumberValidator implements ConstraintValidator<ValidOrganisationNumber, InquirySubmission> {

    @Override
    public boolean isValid(InquirySubmission request, ConstraintValidatorContext context) {
        if (request == null || request.orgNumber() == null || request.orgNumber().isBlank() || request.country() == null) {
            return true; // the field-level constraints report what is missing
        }
        if (OrganisationNumber.parse(request.country(), request.orgNumber()).isPresent()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("orgNumber")
                .addConstraintViolation();
        return false;
    }
}
