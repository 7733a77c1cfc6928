#pragma once

#include <QtGlobal>

namespace rd {

/// Marks the store's own writes, so that Database::changed() from them is not
/// taken for someone else's.
class OwnWrite final
{
public:
    explicit OwnWrite(bool& flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~OwnWrite() { m_flag = false; }
    Q_DISABLE_COPY_MOVE(OwnWrite)

private:
    bool& m_flag;
};

} // namespace rd
