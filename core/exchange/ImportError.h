#pragma once

#include "domain/Error.h"

namespace rd {

/// An exchange document was rejected. The message starts with the JSON path,
/// as in `decisions[3].level: unknown level "boss"`. Nothing was imported.
class ImportError : public Error
{
public:
    ImportError(const QString& path, const QString& problem)
        : Error(path + QStringLiteral(": ") + problem)
        , m_path(path)
    {}
    const QString& path() const { return m_path; }

private:
    QString m_path;
};

} // namespace rd
