#pragma once
// Reading and writing the profile JSON file (format: metadata/profile-format.md).

#include "engine/profile.h"

#include <QString>

namespace targetgroup
{

//! The "format" member every profile file carries.
inline const QString kProfileFormatName = QStringLiteral( "targetgroup-profile" );

//! Writes the profile; throws QgsProcessingException naming the path on failure.
void writeProfileFile( const engine::Profile &profile, const QString &path );

/**
 * Reads a profile; throws QgsProcessingException naming the path when the file
 * cannot be read, is not JSON, or breaks a rule of metadata/profile-format.md
 * (see validatedProfile(): the message names the JSON path and the value).
 */
engine::Profile readProfileFile( const QString &path );

//! The JSON text of a profile (what writeProfileFile() writes).
QByteArray profileToJson( const engine::Profile &profile );
//! Parses and checks JSON text (validatedProfile()); `source` names the file in error messages.
engine::Profile profileFromJson( const QByteArray &json, const QString &source );

} // namespace targetgroup
