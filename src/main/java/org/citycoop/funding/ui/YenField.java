package org.citycoop.funding.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/** An amount in whole yen; the server checks the range and says what is wrong. */
class YenField extends TextField {

    YenField(String label) {
        super(label);
        setPrefixComponent(new Span("¥"));
        setAllowedCharPattern("[0-9,]");
        setHelperText(getTranslation("funding.amount.help"));
    }

    /** The amount entered, or null when the field is empty or not a number of yen. */
    Long amount() {
        String digits = getValue().replace(",", "").strip();
        if (digits.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    void setAmount(Long amount) {
        setValue(amount == null ? "" : amount.toString());
    }
}
