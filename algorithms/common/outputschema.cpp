#include "common/outputschema.h"

#include <qgsexception.h>
#include <qgsvectorlayer.h>

#include <qgseditorwidgetsetup.h>
#include <qgsexpression.h>

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace targetgroup::schema
{

namespace
{
using compat::FieldKind;
} // namespace

QgsField OutputField::field() const
{
  QgsField made = compat::makeField( name, kind, length, precision );
  made.setAlias( alias() );
  return made;
}

QString OutputField::alias() const
{
  return QCoreApplication::translate( "QObject", aliasSource );
}

const std::vector<OutputField> &householdScoreFields()
{
  static const std::vector<OutputField> fields{
      { kProbability, FieldKind::Double, 20, 10, Display::Probability, QT_TRANSLATE_NOOP( "QObject", "Probability of belonging to the target group" ) },
      { kHouseholdIndex, FieldKind::Double, 20, 4, Display::Index, QT_TRANSLATE_NOOP( "QObject", "Target-group index (100 = average household)" ) },
      { kReference, FieldKind::Integer, 0, 0, Display::Flag, QT_TRANSLATE_NOOP( "QObject", "In the reference group (1 = yes)" ) },
  };
  return fields;
}

const std::vector<OutputField> &householdMemberFields()
{
  static const std::vector<OutputField> fields{
      { kMemberCount, FieldKind::Integer, 0, 0, Display::Count, QT_TRANSLATE_NOOP( "QObject", "Library members at this address" ) },
      { kIsMember, FieldKind::Integer, 0, 0, Display::Flag, QT_TRANSLATE_NOOP( "QObject", "Member household (1 = yes)" ) },
  };
  return fields;
}

const std::vector<OutputField> &areaFigureFields()
{
  static const std::vector<OutputField> fields{
      { kHouseholds, FieldKind::Integer64, 0, 0, Display::Count, QT_TRANSLATE_NOOP( "QObject", "Households" ) },
      { kExpected, FieldKind::Double, 0, 0, Display::Expected, QT_TRANSLATE_NOOP( "QObject", "Expected target-group households" ) },
      { kExpectedLow, FieldKind::Double, 0, 0, Display::Expected, QT_TRANSLATE_NOOP( "QObject", "Expected target-group households, 95% low" ) },
      { kExpectedHigh, FieldKind::Double, 0, 0, Display::Expected, QT_TRANSLATE_NOOP( "QObject", "Expected target-group households, 95% high" ) },
      { kVariance, FieldKind::Double, 0, 0, Display::Variance, QT_TRANSLATE_NOOP( "QObject", "Variance of the expected count" ) },
      { kAreaReference, FieldKind::Integer64, 0, 0, Display::Count, QT_TRANSLATE_NOOP( "QObject", "Reference-group households" ) },
      { kShare, FieldKind::Double, 0, 0, Display::Share, QT_TRANSLATE_NOOP( "QObject", "Target-group share of households" ) },
      { kAreaIndex, FieldKind::Double, 0, 0, Display::Index, QT_TRANSLATE_NOOP( "QObject", "Target-group index (100 = average area)" ) },
      { kMembers, FieldKind::Integer64, 0, 0, Display::Count, QT_TRANSLATE_NOOP( "QObject", "Member households" ) },
      { kPenetration, FieldKind::Double, 0, 0, Display::Share, QT_TRANSLATE_NOOP( "QObject", "Member households, share" ) },
      { kMemberExpected, FieldKind::Double, 0, 0, Display::Expected, QT_TRANSLATE_NOOP( "QObject", "Expected target-group households among members" ) },
      { kReach, FieldKind::Double, 0, 0, Display::Share, QT_TRANSLATE_NOOP( "QObject", "Target group reached by members, share" ) },
      { kUntapped, FieldKind::Double, 0, 0, Display::Expected, QT_TRANSLATE_NOOP( "QObject", "Expected target-group households not yet members" ) },
      { kSuppressed, FieldKind::Integer, 0, 0, Display::Flag, QT_TRANSLATE_NOOP( "QObject", "Suppressed: too few households (1 = yes)" ) },
  };
  return fields;
}

const std::vector<OutputField> &libraryTagFields()
{
  static const std::vector<OutputField> fields{
      { kLibraryName, FieldKind::String, 0, 0, Display::Text, QT_TRANSLATE_NOOP( "QObject", "Library" ) },
      { kLibraryId, FieldKind::Integer64, 0, 0, Display::Count, QT_TRANSLATE_NOOP( "QObject", "Library feature id" ) },
  };
  return fields;
}

const std::vector<OutputField> &libraryTableFields()
{
  static const std::vector<OutputField> fields = []
  {
    std::vector<OutputField> made = libraryTagFields();
    made.push_back( { kAreaCount, FieldKind::Integer64, 0, 0, Display::Count, QT_TRANSLATE_NOOP( "QObject", "Areas in the service area" ) } );
    return made;
  }();
  return fields;
}

const OutputField *findOutputField( const std::vector<OutputField> &fields, const QString &name )
{
  for ( const OutputField &field : fields )
  {
    if ( field.name == name )
      return &field;
  }
  return nullptr;
}

namespace
{
QgsFields toQgsFields( const std::vector<OutputField> &fields )
{
  QgsFields result;
  for ( const OutputField &field : fields )
    result.append( field.field() );
  return result;
}
} // namespace

QgsFields householdScoreQgsFields()
{
  return toQgsFields( householdScoreFields() );
}

QgsFields slimHouseholdQgsFields()
{
  QgsFields fields;
  QgsField key = compat::makeField( kHouseholdFeatureId, FieldKind::Integer64 );
  key.setAlias( QObject::tr( "Feature id of the household in the input layer" ) );
  fields.append( key );
  for ( const QgsField &field : householdScoreQgsFields() )
    fields.append( field );
  return fields;
}

QgsFields areaFigureQgsFields()
{
  return toQgsFields( areaFigureFields() );
}

QgsFields householdMemberQgsFields()
{
  return toQgsFields( householdMemberFields() );
}

void checkNoFieldClash( const QgsFields &existing, const std::vector<OutputField> &added, const QString &layerDescription )
{
  for ( const OutputField &field : added )
  {
    if ( existing.lookupField( field.name ) >= 0 )
      throw QgsProcessingException( QObject::tr( "%1 already has a field \"%2\", which this algorithm adds. Drop or rename it first (e.g. with \"Refactor fields\"); "
                                                 "if the layer is already an output of this provider, use the original layer." )
                                        .arg( layerDescription, field.name ) );
  }
}

void appendAreaFigures( QgsAttributes &attributes, const engine::AreaFigures &figures )
{
  auto number = []( const auto &value ) -> QVariant
  { return value ? QVariant( *value ) : compat::nullValue(); };
  attributes << QVariant( figures.households );
  attributes << number( figures.expected ) << number( figures.expectedLow ) << number( figures.expectedHigh ) << number( figures.variance );
  attributes << number( figures.reference ) << number( figures.share ) << number( figures.index );
  attributes << number( figures.members ) << number( figures.penetration ) << number( figures.memberExpected );
  attributes << number( figures.reach ) << number( figures.untapped );
  attributes << QVariant( figures.suppressed ? 1 : 0 );
}

int displayDecimals( Display display )
{
  switch ( display )
  {
  case Display::Expected:
    return 1;
  case Display::Share:
  case Display::Probability:
    return 3;
  case Display::Index:
    return 0;
  case Display::Variance:
    return 2;
  case Display::Count:
  case Display::Flag:
  case Display::Text:
    break;
  }
  return -1;
}

QString percentFieldName( const QString &shareField )
{
  return shareField + QStringLiteral( "_pct" );
}

void applyFieldDisplay( QgsVectorLayer &layer, const std::vector<OutputField> &outputFields )
{
  // Shares are stored 0–1 (what the next step reads); beside each one a
  // virtual field shows it as a percentage, as the legends speak of it.
  // QGIS keeps virtual fields in the style, so they come back with it.
  for ( const OutputField &field : outputFields )
  {
    if ( field.display != Display::Share || layer.fields().lookupField( field.name ) < 0 || layer.fields().lookupField( percentFieldName( field.name ) ) >= 0 )
      continue;
    layer.addExpressionField( QStringLiteral( "%1 * 100" ).arg( QgsExpression::quotedColumnRef( field.name ) ),
                              compat::makeField( percentFieldName( field.name ), compat::FieldKind::Double ) );
    const int index = layer.fields().lookupField( percentFieldName( field.name ) );
    layer.setFieldAlias( index, QObject::tr( "%1 (%)" ).arg( field.alias() ) );
    layer.setEditorWidgetSetup( index, QgsEditorWidgetSetup( QStringLiteral( "Range" ), QVariantMap{ { QStringLiteral( "Precision" ), 1 }, { QStringLiteral( "AllowNull" ), true } } ) );
  }
  const QgsFields fields = layer.fields();
  for ( int index = 0; index < fields.count(); ++index )
  {
    const OutputField *field = findOutputField( outputFields, fields.at( index ).name() );
    if ( !field )
      continue;
    layer.setFieldAlias( index, field->alias() );
    const int decimals = displayDecimals( field->display );
    if ( decimals >= 0 )
    {
      const QVariantMap config{ { QStringLiteral( "Precision" ), decimals },
                                { QStringLiteral( "AllowNull" ), true },
                                { QStringLiteral( "Style" ), QStringLiteral( "SpinBox" ) },
                                { QStringLiteral( "Min" ), 0.0 },
                                { QStringLiteral( "Max" ), std::numeric_limits<double>::max() },
                                { QStringLiteral( "Step" ), std::pow( 10.0, -decimals ) } };
      layer.setEditorWidgetSetup( index, QgsEditorWidgetSetup( QStringLiteral( "Range" ), config ) );
    }
  }
}

} // namespace targetgroup::schema
