package org.citycoop.feasibility;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The field survey in the partner city: when, who went, and who was the partner's contact
 * person. Team members are written one per line. The server checks that the survey ends on or
 * after its start.
 */
public class FieldSurvey {

    @NotNull(message = "{feasibility.surveyStart.required}")
    private LocalDate surveyStart;

    @NotNull(message = "{feasibility.surveyEnd.required}")
    private LocalDate surveyEnd;

    @NotBlank(message = "{feasibility.teamMembers.required}")
    @Size(max = 2000, message = "{feasibility.teamMembers.size}")
    private String teamMembers;

    @NotBlank(message = "{feasibility.partnerContactName.required}")
    @Size(max = 200, message = "{feasibility.partnerContactName.size}")
    private String partnerContactName;

    @Email(message = "{feasibility.partnerContactEmail.format}")
    @Size(max = 254, message = "{feasibility.partnerContactEmail.format}")
    private String partnerContactEmail;

    public LocalDate getSurveyStart() {
        return surveyStart;
    }

    public void setSurveyStart(LocalDate surveyStart) {
        this.surveyStart = surveyStart;
    }

    public LocalDate getSurveyEnd() {
        return surveyEnd;
    }

    public void setSurveyEnd(LocalDate surveyEnd) {
        this.surveyEnd = surveyEnd;
    }

    public String getTeamMembers() {
        return teamMembers;
    }

    public void setTeamMembers(String teamMembers) {
        this.teamMembers = teamMembers;
    }

    public String getPartnerContactName() {
        return partnerContactName;
    }

    public void setPartnerContactName(String partnerContactName) {
        this.partnerContactName = partnerContactName;
    }

    public String getPartnerContactEmail() {
        return partnerContactEmail;
    }

    public void setPartnerContactEmail(String partnerContactEmail) {
        this.partnerContactEmail = partnerContactEmail;
    }
}
