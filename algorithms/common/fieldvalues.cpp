#include "common/fieldvalues.h"

#include "common/qgiscompat.h"

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

std::vector<engine::FieldValue> toFieldValues( const QgsAttributes &attributes, const QList<int> &fieldIndexes, const QVector<bool> &numericFields )
{
  std::vector<engine::FieldValue> values;
  values.reserve( static_cast<size_t>( fieldIndexes.size() ) );
  for ( int i = 0; i < fieldIndexes.size(); ++i )
    values.push_back( toFieldValue( attributes.value( fieldIndexes.at( i ) ), numericFields.at( i ) ) );
  return values;
}

} // namespace targetgroup
