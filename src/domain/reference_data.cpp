// The seeded reference data. Family codes are part of the public contract.
#include "reference_data.h"

#include "platform/i18n.h"

#include <algorithm>

#include "text.h"

namespace vigie {

const std::vector<RightFamily>& defaultRightFamilies() {
    static const std::vector<RightFamily> families = {
        {"minima_sociaux", "Minima sociaux", 1},
        {"logement", "Logement", 2},
        {"hebergement", "Hébergement", 3},
        {"sante", "Santé", 4},
        {"handicap", "Handicap", 5},
        {"retraite", "Retraite", 6},
        {"famille", "Famille", 7},
        {"emploi", "Emploi et formation", 8},
        {"energie_transport", "Énergie et transport", 9},
        {"budget", "Budget", 10},
        {"sejour", "Droit au séjour", 11},
        {"autre", "Autre", 12},
    };
    return families;
}

std::vector<Right> defaultRights() {
    return {
        {0, "RSA", "Revenu de solidarité active", "minima_sociaux", true},
        {0, "AAH", "Allocation aux adultes handicapés", "minima_sociaux", true},
        {0, "ASS", "Allocation de solidarité spécifique", "minima_sociaux", true},
        {0, "ASPA", "Allocation de solidarité aux personnes âgées", "minima_sociaux", true},
        {0, "ASI", "Allocation supplémentaire d'invalidité", "minima_sociaux", true},
        {0, "APL", "Aide personnalisée au logement", "logement", true},
        {0, "ALS", "Allocation de logement sociale", "logement", true},
        {0, "ALF", "Allocation de logement familiale", "logement", true},
        {0, "FSL", "Fonds de solidarité pour le logement", "logement", true},
        {0, "SIAO", "SIAO / hébergement d'urgence", "hebergement", true},
        {0, "CSS", "Complémentaire santé solidaire", "sante", true},
        {0, "AME", "Aide médicale de l'État", "sante", true},
        {0, "IJ", "Indemnités journalières", "sante", true},
        {0, "INVALIDITE", "Pension d'invalidité", "sante", true},
        {0, "PCH", "Prestation de compensation du handicap", "handicap", true},
        {0, "AEEH", "Allocation d'éducation de l'enfant handicapé", "handicap", true},
        {0, "RQTH", "Reconnaissance de la qualité de travailleur handicapé", "handicap", true},
        {0, "RETRAITE", "Retraite de base", "retraite", true},
        {0, "RETRAITE_COMPL", "Retraite complémentaire", "retraite", true},
        {0, "AF", "Allocations familiales", "famille", true},
        {0, "ASF", "Allocation de soutien familial", "famille", true},
        {0, "PAJE", "Prestation d'accueil du jeune enfant", "famille", true},
        {0, "ARE", "Allocation d'aide au retour à l'emploi", "emploi", true},
        {0, "PA", "Prime d'activité", "emploi", true},
        {0, "CHEQUE_ENERGIE", "Chèque énergie", "energie_transport", true},
        {0, "AIDES_FACULTATIVES", "Aides facultatives", "energie_transport", true},
        {0, "SURENDETTEMENT", "Surendettement", "budget", true},
        {0, "MICROCREDIT", "Microcrédit", "budget", true},
        {0, "TITRE_SEJOUR", "Titre de séjour", "sejour", true},
    };
}

std::vector<Institution> defaultInstitutions() {
    return {
        {0, "CAF", "Caisse d'allocations familiales", "", "", "", true},
        {0, "CPAM", "Caisse primaire d'assurance maladie", "", "", "", true},
        {0, "CARSAT", "Caisse d'assurance retraite et de la santé au travail", "", "", "", true},
        {0, "MSA", "Mutualité sociale agricole", "", "", "", true},
        {0, "MDPH", "Maison départementale des personnes handicapées", "", "", "", true},
        {0, "CD", "Conseil départemental", "", "", "", true},
        {0, "FT", "France Travail (ex-Pôle emploi)", "", "", "", true},
        {0, "UDAF", "Union départementale des associations familiales", "", "", "", true},
        {0, "ML", "Mission locale", "", "", "", true},
        {0, "CCAS", "Centre communal d'action sociale", "", "", "", true},
        {0, "DDETS", "Direction départementale de l'emploi, du travail et des solidarités", "", "",
         "", true},
        {0, "PREFECTURE", "Préfecture", "", "", "", true},
        {0, std::string(kPartnershipCode), "L'ensemble du partenariat", "", "", "", true},
    };
}

std::vector<SourceGroup> defaultSourceGroups() {
    return {
        {0, "Centre social Nord", true},
        {0, "Centre social Sud", true},
        {0, "Centre social Est", true},
        {0, "Professionnels CCAS", true},
        {0, "Professionnels du Département", true},
        {0, "Partenaire associatif", true},
    };
}

std::string codeKey(std::string_view code) {
    return text::foldAccents(text::trim(code));
}

bool isWholePartnership(std::string_view code) {
    return codeKey(code) == codeKey(kPartnershipCode);
}

bool isSpokenCode(std::string_view code) {
    if (code.empty() || code.size() > 6) {
        return false;
    }
    return std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
}

std::string displayName(const std::string& code, const std::string& name) {
    if (name.empty() || name == code) {
        return code;
    }
    if (!isSpokenCode(code) || name.rfind(code, 0) == 0) {
        return name;
    }
    return code + " (" + name + ")";
}

std::string shortName(const std::string& code, const std::string& name) {
    return isSpokenCode(code) || name.empty() ? code : name;
}

std::string wholePartnershipName() {
    return tr("The whole partnership");
}

std::string institutionLabel(const std::string& code, const std::string& name) {
    return isWholePartnership(code) ? wholePartnershipName() : shortName(code, name);
}

} // namespace vigie
