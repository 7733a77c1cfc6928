#pragma once

#include "coaching/Rule.h"

#include <memory>

namespace rd::coaching {

/// Every rule of the catalogue, in catalogue order (rules.md).
const std::vector<std::unique_ptr<const Rule>>& ruleCatalogue();

// One factory per rule file.
std::unique_ptr<const Rule> makeDecisionWithoutWhy();
std::unique_ptr<const Rule> makeDecisionWithoutBoundaries();
std::unique_ptr<const Rule> makeNoDelegationAgreement();
std::unique_ptr<const Rule> makeLevelStuck();
std::unique_ptr<const Rule> makeTalkShareHigh();
std::unique_ptr<const Rule> makeAgendaOwnedByManager();
std::unique_ptr<const Rule> makeDecisionOverridden();
std::unique_ptr<const Rule> makeCheckInHeavy();
std::unique_ptr<const Rule> makeOneOnOneOverdue();
std::unique_ptr<const Rule> makeOneOnOnesCancelled();
std::unique_ptr<const Rule> makeContextNotShared();
std::unique_ptr<const Rule> makeDecisionReviewOverdue();
std::unique_ptr<const Rule> makeManagerActionsOverdue();
std::unique_ptr<const Rule> makeInitiativeUnrecognised();
std::unique_ptr<const Rule> makeFailedInitiativeUnrecognised();
std::unique_ptr<const Rule> makeRecognitionGap();
std::unique_ptr<const Rule> makeComplianceOnlyRecognition();
std::unique_ptr<const Rule> makeNoMistakesDiscussed();
std::unique_ptr<const Rule> makeAutonomyTakenAfterFailure();
std::unique_ptr<const Rule> makeEnergyDropping();
std::unique_ptr<const Rule> makeTrustGrowing();

} // namespace rd::coaching
