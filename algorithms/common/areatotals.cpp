#include "common/areatotals.h"

#include "common/outputschema.h"

#include <qgsexception.h>

namespace targetgroup
{

namespace
{

/**
 * Refuses an area whose sums cannot come from households (an edited or
 * foreign layer): they would give shares above 100% and intervals with
 * low > high. The rules are the engine's (engine::totalsProblem()); this
 * words them.
 */
void requireConsistent( const QString &areaDescription, const engine::AreaTotals &totals, bool hasMembership )
{
  QString rule;
  switch ( engine::totalsProblem( totals, hasMembership ) )
  {
  case engine::TotalsProblem::None:
    return;
  case engine::TotalsProblem::NegativeOrNotFinite:
    rule = QObject::tr( "a negative count or a value that is not a finite number" );
    break;
  case engine::TotalsProblem::ExpectedOutOfRange:
    rule = QObject::tr( "%1 = %2 is outside 0 to %3 = %4" ).arg( schema::kExpected ).arg( totals.expected ).arg( schema::kHouseholds ).arg( totals.households );
    break;
  case engine::TotalsProblem::VarianceOutOfRange:
    rule = QObject::tr( "%1 = %2 is outside 0 to %3 = %4" ).arg( schema::kVariance ).arg( totals.variance ).arg( schema::kExpected ).arg( totals.expected );
    break;
  case engine::TotalsProblem::ReferenceAboveHouseholds:
    rule = QObject::tr( "%1 = %2 is more than %3 = %4" ).arg( schema::kAreaReference ).arg( totals.reference ).arg( schema::kHouseholds ).arg( totals.households );
    break;
  case engine::TotalsProblem::MembershipInconsistent:
    rule = QObject::tr( "the membership figures %1 = %2 and %3 = %4 do not fit %5 = %6 and %7 = %8" )
               .arg( schema::kMembers )
               .arg( totals.members )
               .arg( schema::kMemberExpected )
               .arg( totals.memberExpected )
               .arg( schema::kHouseholds )
               .arg( totals.households )
               .arg( schema::kExpected )
               .arg( totals.expected );
    break;
  }
  throw QgsProcessingException( QObject::tr( "%1 has figures that cannot come from households: %2. Use an unedited output of \"Aggregate households to areas\" (MIN_COUNT 0)." ).arg( areaDescription, rule ) );
}

} // namespace

AreaTotalsFields AreaTotalsFields::locate( const QgsFields &fields, const QString &layerDescription )
{
  auto requireField = [&]( const QString &name )
  {
    const int index = fields.lookupField( name );
    if ( index < 0 )
      throw QgsProcessingException( QObject::tr( "%1 has no field \"%2\": use the output of \"Aggregate households to areas\" (targetgroup:aggregateareas)." ).arg( layerDescription, name ) );
    return index;
  };
  AreaTotalsFields located;
  located.households = requireField( schema::kHouseholds );
  located.expected = requireField( schema::kExpected );
  located.variance = requireField( schema::kVariance );
  located.reference = requireField( schema::kAreaReference );
  located.members = requireField( schema::kMembers );
  located.memberExpected = requireField( schema::kMemberExpected );
  located.suppressed = requireField( schema::kSuppressed );
  return located;
}

QgsAttributeList AreaTotalsFields::attributes() const
{
  return QgsAttributeList{ households, expected, variance, reference, members, memberExpected, suppressed };
}

AreaTotalsRead readAreaTotals( const QgsFeature &area, const AreaTotalsFields &fields, const QString &areaDescription, const QString &suppressedAdvice )
{
  if ( area.attribute( fields.suppressed ).toInt() != 0 )
    throw QgsProcessingException( QObject::tr( "%1 is suppressed, so its sums are withheld and a sum over it would undercount. %2" ).arg( areaDescription, suppressedAdvice ) );
  auto requireNumber = [&]( int index, const QString &name )
  {
    const QVariant value = area.attribute( index );
    bool ok = false;
    const double number = value.toDouble( &ok );
    if ( value.isNull() || !ok )
      throw QgsProcessingException( QObject::tr( "%1 has no value in \"%2\"; use an unedited output of \"Aggregate households to areas\"." ).arg( areaDescription, name ) );
    return number;
  };
  AreaTotalsRead read;
  read.totals.households = static_cast<long long>( requireNumber( fields.households, schema::kHouseholds ) );
  read.totals.expected = requireNumber( fields.expected, schema::kExpected );
  read.totals.variance = requireNumber( fields.variance, schema::kVariance );
  read.totals.reference = static_cast<long long>( requireNumber( fields.reference, schema::kAreaReference ) );
  read.hasMembership = !area.attribute( fields.members ).isNull();
  if ( read.hasMembership )
  {
    read.totals.members = static_cast<long long>( requireNumber( fields.members, schema::kMembers ) );
    read.totals.memberExpected = requireNumber( fields.memberExpected, schema::kMemberExpected );
  }
  requireConsistent( areaDescription, read.totals, read.hasMembership );
  return read;
}

} // namespace targetgroup
