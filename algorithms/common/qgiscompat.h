#pragma once
// The one place that knows which QGIS / Qt API generation we build against.
// QGIS 3.22 (Debian 12, Qt 5) spells enums as QgsProcessing::TypeVectorPoint,
// QgsProcessingParameterDefinition::FlagOptional, QVariant::Double...; QGIS 3.36+
// and QGIS 4 (Qt 6) moved them to Qgis:: scoped enums and QMetaType. Algorithm
// code uses only the aliases below, so the same source builds against both.

#include <qgis.h>
#include <qgsconfig.h>
#include <qgsfeaturerequest.h>
#include <qgsfield.h>
#include <qgsprocessing.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgswkbtypes.h>

#include <QMetaType>
#include <QVariant>

namespace targetgroup::compat
{
#if _QGIS_VERSION_INT >= 33600
using SourceType = Qgis::ProcessingSourceType;
inline constexpr SourceType SourceVectorPoint = Qgis::ProcessingSourceType::VectorPoint;
inline constexpr SourceType SourceVectorPolygon = Qgis::ProcessingSourceType::VectorPolygon;
inline constexpr SourceType SourceVectorAnyGeometry = Qgis::ProcessingSourceType::VectorAnyGeometry;
inline constexpr SourceType SourceVector = Qgis::ProcessingSourceType::Vector;

using NumberType = Qgis::ProcessingNumberParameterType;
inline constexpr NumberType NumberInteger = Qgis::ProcessingNumberParameterType::Integer;
inline constexpr NumberType NumberDouble = Qgis::ProcessingNumberParameterType::Double;

using FieldDataType = Qgis::ProcessingFieldParameterDataType;
inline constexpr FieldDataType FieldAny = Qgis::ProcessingFieldParameterDataType::Any;
inline constexpr FieldDataType FieldNumeric = Qgis::ProcessingFieldParameterDataType::Numeric;
inline constexpr FieldDataType FieldString = Qgis::ProcessingFieldParameterDataType::String;

inline constexpr Qgis::ProcessingParameterFlag ParameterOptional = Qgis::ProcessingParameterFlag::Optional;
inline constexpr Qgis::ProcessingParameterFlag ParameterAdvanced = Qgis::ProcessingParameterFlag::Advanced;
using AlgorithmFlags = Qgis::ProcessingAlgorithmFlags;
#else
using SourceType = QgsProcessing::SourceType;
inline constexpr SourceType SourceVectorPoint = QgsProcessing::TypeVectorPoint;
inline constexpr SourceType SourceVectorPolygon = QgsProcessing::TypeVectorPolygon;
inline constexpr SourceType SourceVectorAnyGeometry = QgsProcessing::TypeVectorAnyGeometry;
inline constexpr SourceType SourceVector = QgsProcessing::TypeVector;

using NumberType = QgsProcessingParameterNumber::Type;
inline constexpr NumberType NumberInteger = QgsProcessingParameterNumber::Integer;
inline constexpr NumberType NumberDouble = QgsProcessingParameterNumber::Double;

using FieldDataType = QgsProcessingParameterField::DataType;
inline constexpr FieldDataType FieldAny = QgsProcessingParameterField::Any;
inline constexpr FieldDataType FieldNumeric = QgsProcessingParameterField::Numeric;
inline constexpr FieldDataType FieldString = QgsProcessingParameterField::String;

inline constexpr QgsProcessingParameterDefinition::Flag ParameterOptional = QgsProcessingParameterDefinition::FlagOptional;
inline constexpr QgsProcessingParameterDefinition::Flag ParameterAdvanced = QgsProcessingParameterDefinition::FlagAdvanced;
using AlgorithmFlags = QgsProcessingAlgorithm::Flags;
#endif

#if _QGIS_VERSION_INT >= 33000
using WkbType = Qgis::WkbType;
inline constexpr WkbType WkbPoint = Qgis::WkbType::Point;
inline constexpr WkbType WkbNoGeometry = Qgis::WkbType::NoGeometry;
inline constexpr WkbType WkbMultiPolygon = Qgis::WkbType::MultiPolygon;
#else
using WkbType = QgsWkbTypes::Type;
inline constexpr WkbType WkbPoint = QgsWkbTypes::Point;
inline constexpr WkbType WkbNoGeometry = QgsWkbTypes::NoGeometry;
inline constexpr WkbType WkbMultiPolygon = QgsWkbTypes::MultiPolygon;
#endif

#if _QGIS_VERSION_INT >= 33000
inline constexpr auto GeometryPolygon = Qgis::GeometryType::Polygon;
#else
inline constexpr auto GeometryPolygon = QgsWkbTypes::PolygonGeometry;
#endif

#if _QGIS_VERSION_INT >= 33600
inline constexpr auto RequestNoGeometry = Qgis::FeatureRequestFlag::NoGeometry;
//! Read areas as they are; the algorithms repair invalid ones themselves and report them.
inline constexpr auto SourceSkipGeometryValidityChecks = Qgis::ProcessingFeatureSourceFlag::SkipGeometryValidityChecks;
#else
inline constexpr auto RequestNoGeometry = QgsFeatureRequest::NoGeometry;
inline constexpr auto SourceSkipGeometryValidityChecks = QgsProcessingFeatureSource::FlagSkipGeometryValidityChecks;
#endif

//! Field value types, spelled once: QVariant::Type before QGIS 3.38, QMetaType after.
enum class FieldKind
{
  Integer,
  Integer64,
  Double,
  String,
};

inline QgsField makeField( const QString &name, FieldKind kind, int length = 0, int precision = 0 )
{
#if _QGIS_VERSION_INT >= 33800
  switch ( kind )
  {
  case FieldKind::Integer:
    return QgsField( name, QMetaType::Type::Int, QStringLiteral( "integer" ), length, precision );
  case FieldKind::Integer64:
    return QgsField( name, QMetaType::Type::LongLong, QStringLiteral( "integer64" ), length, precision );
  case FieldKind::Double:
    return QgsField( name, QMetaType::Type::Double, QStringLiteral( "double" ), length, precision );
  case FieldKind::String:
    break;
  }
  return QgsField( name, QMetaType::Type::QString, QStringLiteral( "string" ), length, precision );
#else
  switch ( kind )
  {
  case FieldKind::Integer:
    return QgsField( name, QVariant::Int, QStringLiteral( "integer" ), length, precision );
  case FieldKind::Integer64:
    return QgsField( name, QVariant::LongLong, QStringLiteral( "integer64" ), length, precision );
  case FieldKind::Double:
    return QgsField( name, QVariant::Double, QStringLiteral( "double" ), length, precision );
  case FieldKind::String:
    break;
  }
  return QgsField( name, QVariant::String, QStringLiteral( "string" ), length, precision );
#endif
}

//! True for integer-typed fields (Int, UInt, LongLong, ULongLong).
inline bool isIntegerField( const QgsField &field )
{
#if _QGIS_VERSION_INT >= 33800
  const QMetaType::Type type = field.type();
  return type == QMetaType::Type::Int || type == QMetaType::Type::UInt || type == QMetaType::Type::LongLong || type == QMetaType::Type::ULongLong;
#else
  const QVariant::Type type = field.type();
  return type == QVariant::Int || type == QVariant::UInt || type == QVariant::LongLong || type == QVariant::ULongLong;
#endif
}

//! True for integer or floating-point fields.
inline bool isNumericField( const QgsField &field )
{
  return field.isNumeric();
}

//! A NULL QVariant of any type: QVariant() works on Qt 5 and 6.
inline QVariant nullValue()
{
  return QVariant();
}

} // namespace targetgroup::compat
