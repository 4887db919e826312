#pragma once
// Translation of QGIS attribute values into engine values, shared by every
// algorithm that reads profile fields, so that building and scoring agree.

#include "engine/profile.h"

#include <qgsfeature.h>
#include <qgsfields.h>

#include <QStringList>
#include <QVariant>

#include <vector>

class QgsProcessingFeedback;

namespace targetgroup
{

//! True when the field's values are read as numbers (integer or real fields).
bool isNumericProfileField( const QgsField &field );

/**
 * The engine value of an attribute: a number for numeric fields, text for the
 * others; NULL (and a number field's unparsable or non-finite value) becomes missing. Text
 * is trimmed of surrounding white space, and empty text counts as missing.
 */
engine::FieldValue toFieldValue( const QVariant &value, bool numericField );

/**
 * The same, for the fields' indexes in a feature's attributes. When
 * \a nonFiniteCounts is given (one counter per field), numbers that are NaN or
 * infinite, which become missing, are counted there, so the algorithm can say
 * how many it met (warnAboutNonFiniteValues()).
 */
std::vector<engine::FieldValue> toFieldValues( const QgsAttributes &attributes, const QList<int> &fieldIndexes, const QVector<bool> &numericFields,
                                               std::vector<long long> *nonFiniteCounts = nullptr );

//! Warns, per field of \a fieldNames with a non-zero count, that its non-finite numbers were read as "(missing)".
void warnAboutNonFiniteValues( QgsProcessingFeedback *feedback, const QStringList &fieldNames, const std::vector<long long> &nonFiniteCounts, const QString &layerDescription );

} // namespace targetgroup
