#include "Enums.h"

#include <algorithm>

namespace rd {

QString levelDescription(DelegationLevel level)
{
    switch (level) {
    case DelegationLevel::Tell:
        return QCoreApplication::translate("rd::Enum", "I tell them");
    case DelegationLevel::Sell:
        return QCoreApplication::translate("rd::Enum", "I try to sell it to them");
    case DelegationLevel::Consult:
        return QCoreApplication::translate("rd::Enum", "I consult, then decide");
    case DelegationLevel::Agree:
        return QCoreApplication::translate("rd::Enum", "We agree together");
    case DelegationLevel::Advise:
        return QCoreApplication::translate("rd::Enum", "I advise, but they decide");
    case DelegationLevel::Inquire:
        return QCoreApplication::translate("rd::Enum", "I inquire after they decide");
    case DelegationLevel::Delegate:
        return QCoreApplication::translate("rd::Enum", "I fully delegate");
    }
    return {};
}

QString levelDisplay(DelegationLevel level)
{
    return QString::number(toInt(level)) + QStringLiteral(" · ") + label(level);
}

std::optional<DelegationLevel> levelFromInt(int level)
{
    if (level < MinLevel || level > MaxLevel)
        return std::nullopt;
    return static_cast<DelegationLevel>(level);
}

DelegationLevel nearestLevel(int level)
{
    return static_cast<DelegationLevel>(std::clamp(level, MinLevel, MaxLevel));
}

} // namespace rd
