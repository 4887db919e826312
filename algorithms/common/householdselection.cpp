#include "common/householdselection.h"

#include "common/qgiscompat.h"

#include <qgsexception.h>

namespace targetgroup
{

HouseholdSelection::HouseholdSelection( const QString &parameterName, const QString &text, const QgsFields &fields, const QString &layerDescription, QgsExpressionContext &context )
    : mParameterName( parameterName ), mText( text.trimmed() ), mExpression( text.trimmed() )
{
  if ( selectsAll() )
    return;
  if ( mExpression.hasParserError() )
    throw QgsProcessingException( QObject::tr( "The %1 expression %2 cannot be parsed: %3. Correct the expression (field names in double quotes, text in single quotes)." ).arg( mParameterName, mText, mExpression.parserErrorString() ) );
  const QSet<QString> columns = mExpression.referencedColumns();
  for ( const QString &column : columns )
  {
    if ( column != QgsFeatureRequest::ALL_ATTRIBUTES && fields.lookupField( column ) < 0 )
      throw QgsProcessingException( QObject::tr( "The %1 expression %2 uses the field \"%3\", which %4 does not have. Choose one of its fields: %5." )
                                        .arg( mParameterName, mText, column, layerDescription, fields.names().join( QLatin1String( ", " ) ) ) );
  }
  context.setFields( fields );
  if ( !mExpression.prepare( &context ) )
    throw QgsProcessingException( QObject::tr( "The %1 expression %2 cannot be evaluated on %3: %4." ).arg( mParameterName, mText, layerDescription, mExpression.evalErrorString() ) );
}

QSet<QString> HouseholdSelection::referencedColumns() const
{
  return selectsAll() ? QSet<QString>() : mExpression.referencedColumns();
}

bool HouseholdSelection::needsGeometry() const
{
  return !selectsAll() && mExpression.needsGeometry();
}

bool HouseholdSelection::selects( QgsExpressionContext &context, const QgsFeature &feature )
{
  if ( selectsAll() )
    return true;
  const QVariant value = mExpression.evaluate( &context );
  if ( mExpression.hasEvalError() )
    throw QgsProcessingException( QObject::tr( "The %1 expression %2 failed on household %3: %4. Correct the expression or the data." ).arg( mParameterName, mText, QString::number( feature.id() ), mExpression.evalErrorString() ) );
  return !value.isNull() && value.toBool();
}

void restrictRequest( QgsFeatureRequest &request, const QgsFields &fields, QSet<QString> wanted, std::initializer_list<const HouseholdSelection *> selections, bool needsGeometry )
{
  bool geometry = needsGeometry;
  for ( const HouseholdSelection *selection : selections )
  {
    wanted.unite( selection->referencedColumns() );
    geometry = geometry || selection->needsGeometry();
  }
  // An expression using every attribute (e.g. attributes()) needs them all.
  if ( !wanted.contains( QgsFeatureRequest::ALL_ATTRIBUTES ) )
    request.setSubsetOfAttributes( wanted, fields );
  if ( !geometry )
    request.setFlags( request.flags() | compat::RequestNoGeometry );
}

} // namespace targetgroup
