# contact — en: "Contact CNSS", and the line that leads there from every record screen.
contact-link = A question? Contact CNSS
contact-title = Contact CNSS
contact-intro = Call an agency or go there in person. Keep your registration number at hand.
contact-agencies-heading = CNSS agencies
contact-city = City
contact-city-all = All cities
contact-phone = Phone:
contact-empty = No agency is listed at the moment. Try again later.
