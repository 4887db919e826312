#include "common/parametercheck.h"

#include "common/outputguard.h"
#include "common/qgiscompat.h"

#include <qgsexception.h>
#include <qgsprocessingparameters.h>

#include <QLocale>

#include <cfloat>
#include <cmath>

namespace targetgroup
{

namespace
{

bool isInteger( const QgsProcessingParameterNumber *number )
{
  return number->dataType() == compat::NumberInteger;
}

QString bound( double value, bool integer )
{
  return integer ? QLocale().toString( static_cast<qlonglong>( value ) ) : QLocale().toString( value, 'g', 10 );
}

} // namespace

bool isGiven( const QVariant &value )
{
  if ( !value.isValid() || value.isNull() )
    return false;
  if ( value.userType() == qMetaTypeId<QgsProcessingOutputLayerDefinition>() )
    return !value.value<QgsProcessingOutputLayerDefinition>().sink.staticValue().toString().trimmed().isEmpty();
  if ( value.userType() == QMetaType::QString )
    return !value.toString().trimmed().isEmpty();
  return true;
}

QVariant readableSource( const QVariant &value )
{
  if ( value.userType() != QMetaType::QString )
    return value;
  const QString text = value.toString();
  // Destination prefix (QgsProcessingUtils' sink keys) -> provider key of the source.
  static const QList<QPair<QString, QString>> databaseDestinations{
      { QStringLiteral( "postgis:" ), QStringLiteral( "postgres" ) },
      { QStringLiteral( "postgres:" ), QStringLiteral( "postgres" ) },
      { QStringLiteral( "spatialite:" ), QStringLiteral( "spatialite" ) },
  };
  for ( const QPair<QString, QString> &database : databaseDestinations )
  {
    if ( text.startsWith( database.first ) && !text.mid( database.first.size() ).startsWith( QLatin1String( "//" ) ) )
      return QStringLiteral( "%1://%2" ).arg( database.second, text.mid( database.first.size() ) );
  }
  return value;
}

QVariantMap readableSources( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters )
{
  QVariantMap readable = parameters;
  for ( auto parameter = readable.begin(); parameter != readable.end(); ++parameter )
  {
    const QgsProcessingParameterDefinition *definition = algorithm.parameterDefinition( parameter.key() );
    if ( definition && !definition->isDestination() )
      parameter.value() = readableSource( parameter.value() );
  }
  return readable;
}

QString rangeText( const QgsProcessingParameterNumber *number )
{
  const bool integer = isInteger( number );
  const bool bounded = number->maximum() < DBL_MAX / 2;
  if ( bounded )
    return QObject::tr( "from %1 to %2" ).arg( bound( number->minimum(), integer ), bound( number->maximum(), integer ) );
  return QObject::tr( "%1 or more" ).arg( bound( number->minimum(), integer ) );
}

QString numberProblem( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext & )
{
  const QgsProcessingParameterDefinitions definitions = algorithm.parameterDefinitions();
  for ( const QgsProcessingParameterDefinition *definition : definitions )
  {
    if ( definition->type() != QgsProcessingParameterNumber::typeName() )
      continue;
    const auto *number = static_cast<const QgsProcessingParameterNumber *>( definition );
    const QVariant value = parameters.value( definition->name() );
    if ( !value.isValid() || value.isNull() || value.toString().isEmpty() )
      continue; // not given: the default applies, or QGIS reports the missing mandatory value
    if ( value.canConvert<QgsProperty>() )
      continue; // a data-defined value: QGIS evaluates it at run time
    bool ok = false;
    const double given = value.toDouble( &ok );
    const bool integer = isInteger( number );
    if ( !ok || !std::isfinite( given ) || given < number->minimum() || given > number->maximum() || ( integer && given != std::floor( given ) ) )
    {
      const QString shown = ok ? QString::number( given, 'g', 15 ) : value.toString(); // as the user wrote it
      return integer ? QObject::tr( "%1 (“%2”) is %3; it must be a whole number %4." ).arg( definition->name(), definition->description(), shown, rangeText( number ) )
                     : QObject::tr( "%1 (“%2”) is %3; it must be a number %4." ).arg( definition->name(), definition->description(), shown, rangeText( number ) );
    }
  }
  return QString();
}

QString parameterProblem( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  const QString numbers = numberProblem( algorithm, parameters, context );
  return numbers.isEmpty() ? outputProblem( algorithm, parameters, context ) : numbers;
}

void checkParameters( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  const QString problem = parameterProblem( algorithm, parameters, context );
  if ( !problem.isEmpty() )
    throw QgsProcessingException( problem );
}

QString canceledMessage()
{
  return QObject::tr( "Canceled. The outputs of this run are incomplete: do not use them." );
}

QString unexpectedErrorMessage( const QString &algorithmName, const char *what )
{
  return QObject::tr( "%1 stopped on an unexpected error: %2. Please report this, with the log." ).arg( algorithmName, QString::fromUtf8( what ) );
}

QString numberRangesHelp( const QgsProcessingAlgorithm &algorithm )
{
  QStringList ranges;
  const QgsProcessingParameterDefinitions definitions = algorithm.parameterDefinitions();
  for ( const QgsProcessingParameterDefinition *definition : definitions )
  {
    if ( definition->type() == QgsProcessingParameterNumber::typeName() )
      ranges << QObject::tr( "%1: %2" ).arg( definition->description(), rangeText( static_cast<const QgsProcessingParameterNumber *>( definition ) ) );
  }
  return ranges.isEmpty() ? QString() : QObject::tr( "Ranges: %1." ).arg( ranges.join( QLatin1String( "; " ) ) );
}

QString withNumberRanges( const QString &help, const QgsProcessingAlgorithm &algorithm )
{
  const QString ranges = numberRangesHelp( algorithm );
  if ( ranges.isEmpty() )
    return help;
  return help.startsWith( QLatin1String( "<p>" ) ) ? help + QStringLiteral( "<p>%1</p>" ).arg( ranges.toHtmlEscaped() ) : help + QStringLiteral( "\n\n" ) + ranges;
}

} // namespace targetgroup
