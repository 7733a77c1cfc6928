#include "Theme.h"

#include <array>

namespace rd::ui::theme {

QColor level(DelegationLevel level)
{
    static const std::array<QColor, LevelCount> scale{
        QColor(0xd7, 0x30, 0x27), QColor(0xf4, 0x6d, 0x43), QColor(0xfd, 0xae, 0x61),
        QColor(0xfe, 0xe0, 0x8b), QColor(0xa6, 0xd9, 0x6a), QColor(0x66, 0xbd, 0x63),
        QColor(0x1a, 0x98, 0x50)};
    return scale.at(size_t(toInt(level) - MinLevel));
}

QColor meetingStatus(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Held:
        return {0x2c, 0x8a, 0x4b};
    case MeetingStatus::Moved:
        return {0xf2, 0xa9, 0x3b};
    case MeetingStatus::Cancelled:
        return {0xc0, 0x39, 0x2b};
    }
    return {};
}

QColor initiativeKind(InitiativeKind kind)
{
    return kind == InitiativeKind::Initiative ? QColor(0x2c, 0x8a, 0x4b) : QColor(0x8d, 0xa0, 0xcb);
}

QColor promptState(PromptStateKind state)
{
    switch (state) {
    case PromptStateKind::Done:
        return {0x2c, 0x8a, 0x4b};
    case PromptStateKind::Snoozed:
        return {0xf2, 0xa9, 0x3b};
    case PromptStateKind::Dismissed:
        return {0x9a, 0x9a, 0x9a};
    }
    return {};
}

QColor promptsRaised()
{
    return {0x1f, 0x77, 0xb4};
}

QColor severity(Severity severity)
{
    switch (severity) {
    case Severity::Important:
        return {0xc0, 0x39, 0x2b};
    case Severity::Nudge:
        return {0xe6, 0x7e, 0x22};
    case Severity::Info:
        return {0x27, 0xae, 0x60};
    }
    return {};
}

QColor qualitative(int n)
{
    static const std::array<QColor, 10> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                                QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                                QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                                QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf),
                                                QColor(0xbc, 0xbd, 0x22), QColor(0x7f, 0x7f, 0x7f)};
    return colours.at(size_t(n) % colours.size());
}

} // namespace rd::ui::theme
