#include "RuleCatalogue.h"

namespace rd::coaching {

const std::vector<std::unique_ptr<const Rule>>& ruleCatalogue()
{
    static const std::vector<std::unique_ptr<const Rule>> rules = [] {
        std::vector<std::unique_ptr<const Rule>> list;
        list.push_back(makeDecisionWithoutWhy());
        list.push_back(makeDecisionWithoutBoundaries());
        list.push_back(makeNoDelegationAgreement());
        list.push_back(makeLevelStuck());
        list.push_back(makeTalkShareHigh());
        list.push_back(makeAgendaOwnedByManager());
        list.push_back(makeDecisionOverridden());
        list.push_back(makeCheckInHeavy());
        list.push_back(makeOneOnOneOverdue());
        list.push_back(makeOneOnOnesCancelled());
        list.push_back(makeContextNotShared());
        list.push_back(makeDecisionReviewOverdue());
        list.push_back(makeManagerActionsOverdue());
        list.push_back(makeInitiativeUnrecognised());
        list.push_back(makeFailedInitiativeUnrecognised());
        list.push_back(makeRecognitionGap());
        list.push_back(makeComplianceOnlyRecognition());
        list.push_back(makeNoMistakesDiscussed());
        list.push_back(makeAutonomyTakenAfterFailure());
        list.push_back(makeEnergyDropping());
        list.push_back(makeTrustGrowing());
        return list;
    }();
    return rules;
}

} // namespace rd::coaching
