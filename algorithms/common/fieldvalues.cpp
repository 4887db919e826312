#include "common/fieldvalues.h"

#include "common/qgiscompat.h"

#include <qgsprocessingfeedback.h>

#include <cmath>

namespace targetgroup
{

bool isNumericProfileField( const QgsField &field )
{
  return compat::isNumericField( field );
}

engine::FieldValue toFieldValue( const QVariant &value, bool numericField )
{
  if ( value.isNull() || !value.isValid() )
    return engine::FieldValue::missing();
  if ( numericField )
  {
    bool ok = false;
    const double number = value.toDouble( &ok );
    // NaN and infinities are no values: counted as "(missing)", never a category.
    return ok && std::isfinite( number ) ? engine::FieldValue::ofNumber( number ) : engine::FieldValue::missing();
  }
  const QString text = value.toString().trimmed();
  if ( text.isEmpty() )
    return engine::FieldValue::missing();
  return engine::FieldValue::ofText( text.toStdString() );
}

std::vector<engine::FieldValue> toFieldValues( const QgsAttributes &attributes, const QList<int> &fieldIndexes, const QVector<bool> &numericFields,
                                               std::vector<long long> *nonFiniteCounts )
{
  std::vector<engine::FieldValue> values;
  values.reserve( static_cast<size_t>( fieldIndexes.size() ) );
  for ( int i = 0; i < fieldIndexes.size(); ++i )
  {
    const QVariant value = attributes.value( fieldIndexes.at( i ) );
    values.push_back( toFieldValue( value, numericFields.at( i ) ) );
    if ( nonFiniteCounts && numericFields.at( i ) && values.back().isMissing() && !value.isNull() )
    {
      bool ok = false;
      const double number = value.toDouble( &ok );
      if ( ok && !std::isfinite( number ) )
        ++( *nonFiniteCounts )[static_cast<std::size_t>( i )];
    }
  }
  return values;
}

void warnAboutNonFiniteValues( QgsProcessingFeedback *feedback, const QStringList &fieldNames, const std::vector<long long> &nonFiniteCounts, const QString &layerDescription )
{
  if ( !feedback )
    return;
  for ( std::size_t i = 0; i < nonFiniteCounts.size() && i < static_cast<std::size_t>( fieldNames.size() ); ++i )
  {
    if ( nonFiniteCounts[i] > 0 )
      feedback->pushWarning( QObject::tr( "Field '%1' of %2 holds %3 values that are not finite numbers (NaN or infinity); they are read as \"(missing)\". Fix them in the data if they stand for real values." )
                                 .arg( fieldNames.at( static_cast<int>( i ) ), layerDescription )
                                 .arg( nonFiniteCounts[i] ) );
  }
}

} // namespace targetgroup
