#pragma once
// A profile file is input from outside: it is checked against its documented
// schema (metadata/profile-format.md, "What a reader refuses") before it
// becomes an engine::Profile, and against the layer it is about to score.

#include "engine/profile.h"

#include <QString>

class QJsonDocument;
class QgsFields;

namespace targetgroup
{

//! Largest count a profile file may hold: 2^53, the largest integer a JSON number (a double) holds exactly.
inline constexpr long long kMaxProfileCount = 9007199254740992LL;

/**
 * Checks a parsed profile file against metadata/profile-format.md in one pass
 * and returns the profile. On the first rule broken, throws
 * QgsProcessingException naming `source` (the file), the JSON path (e.g.
 * `fields[2].categories[0].seed_n`), the value found, what it must be, and the
 * fix (rebuild the profile with Build target group profile).
 */
engine::Profile validatedProfile( const QJsonDocument &document, const QString &source );

/**
 * Throws QgsProcessingException when a scoring field of the profile is numeric
 * in the profile (`numeric_source`) and text in the layer, or the other way
 * round (isNumericProfileField()), naming the field, both types, the profile
 * `profileSource` and the layer `layerDescription`. Descriptive fields are not
 * read when scoring and are not checked; fields the layer lacks are left to the
 * caller, which names them in its own error.
 */
void checkProfileMatchesLayer( const engine::Profile &profile, const QString &profileSource, const QgsFields &layerFields, const QString &layerDescription );

} // namespace targetgroup
