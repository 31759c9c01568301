<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name />
        <message>
            <source>Started</source>
            <translation>Comenzó</translation>
        </message>
        <message>
            <source>When the call began (date and time)</source>
            <translation>Cuándo empezó la llamada (fecha y hora)</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Which part of the insurer you reached; pick one or type your own</source>
            <translation>Con qué parte de la aseguradora habló; elija uno o escriba el suyo</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Número de teléfono</translation>
        </message>
        <message>
            <source>The number you called</source>
            <translation>El número al que llamó</translation>
        </message>
        <message>
            <source>Rep name</source>
            <translation>Nombre del representante</translation>
        </message>
        <message>
            <source>The name of the person you spoke with</source>
            <translation>El nombre de la persona con quien habló</translation>
        </message>
        <message>
            <source>Rep ID</source>
            <translation>ID del representante</translation>
        </message>
        <message>
            <source>Their ID or extension, if they give one (ask)</source>
            <translation>Su número de identificación o extensión, si se lo dan (pregunte)</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Número de referencia</translation>
        </message>
        <message>
            <source>Ask for a call reference number at the end of every call: it proves the call</source>
            <translation>Pida un número de referencia al final de cada llamada: es la prueba de la llamada</translation>
        </message>
        <message>
            <source>Related visit</source>
            <translation>Visita relacionada</translation>
        </message>
        <message>
            <source>The lactation visit this call was about, if any</source>
            <translation>La visita de lactancia de la que trató esta llamada, si hay una</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>Lo que se dijo</translation>
        </message>
        <message>
            <source>What you asked and what the rep answered, in their words where you can</source>
            <translation>Lo que usted preguntó y lo que contestó el representante, con sus palabras si puede</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>What happens next: what they promised or refused</source>
            <translation>Qué pasa ahora: qué prometieron o qué negaron</translation>
        </message>
        <message>
            <source>Follow up by</source>
            <translation>Dar seguimiento antes del</translation>
        </message>
        <message>
            <source>Set a follow-up date</source>
            <translation>Poner una fecha de seguimiento</translation>
        </message>
        <message>
            <source>Tick to be reminded on the home page to call back or check</source>
            <translation>Marque para que la página de inicio le recuerde volver a llamar o revisar</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Fecha de seguimiento</translation>
        </message>
        <message>
            <source>The day to call back or check whether they did what they said</source>
            <translation>El día para volver a llamar o revisar si hicieron lo que dijeron</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Save call</source>
            <translation>Guardar llamada</translation>
        </message>
        <message>
            <source>Add this call to your log</source>
            <translation>Agregar esta llamada a su registro</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close without saving this call</source>
            <translation>Cerrar sin guardar esta llamada</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>When you got it</source>
            <translation>Cuándo lo recibió</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>The HCPCS code, e.g. E0603 for a personal electric pump</source>
            <translation>El código HCPCS, por ejemplo E0603 para un sacaleches eléctrico personal</translation>
        </message>
        <message>
            <source>On the supplier's receipt and on the Explanation of Benefits. E0602 manual pump or kit, E0603 personal electric pump, E0604 hospital-grade pump (rental), A4281–A4286 replacement supplies.</source>
            <translation>En el recibo del proveedor y en la Explicación de Beneficios (EOB). E0602 sacaleches manual o kit, E0603 sacaleches eléctrico personal, E0604 sacaleches de grado hospitalario (alquiler), A4281–A4286 accesorios de reemplazo.</translation>
        </message>
        <message>
            <source>Modifier</source>
            <translation>Modificador</translation>
        </message>
        <message>
            <source>NU for new (bought), RR for rental</source>
            <translation>NU si es nuevo (comprado), RR si es alquilado</translation>
        </message>
        <message>
            <source>NU means bought new; RR means rented.</source>
            <translation>NU quiere decir comprado nuevo; RR quiere decir alquilado.</translation>
        </message>
        <message>
            <source>Rental days</source>
            <translation>Días de alquiler</translation>
        </message>
        <message>
            <source>For a rental: how many days (0 if not a rental)</source>
            <translation>Si es alquilado: cuántos días (0 si no es alquiler)</translation>
        </message>
        <message>
            <source>not a rental</source>
            <translation>no es alquiler</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>How many items this line is for (0 if not written down)</source>
            <translation>Cuántos artículos cubre esta línea (0 si no está anotado)</translation>
        </message>
        <message>
            <source>not written down</source>
            <translation>no está anotado</translation>
        </message>
        <message>
            <source>For supplies: how many (bottles, boxes of storage bags...). Some policies cover only so many a month or a year.</source>
            <translation>Para accesorios: cuántos (biberones, cajas de bolsas para leche...). Algunas políticas cubren solo cierta cantidad al mes o al año.</translation>
        </message>
        <message>
            <source>Prior authorization</source>
            <translation>Autorización previa</translation>
        </message>
        <message>
            <source>Whether the plan approved it beforehand</source>
            <translation>Si el plan lo aprobó antes</translation>
        </message>
        <message>
            <source>Approved beforehand?</source>
            <translation>¿Aprobado antes?</translation>
        </message>
        <message>
            <source>Diagnosis codes</source>
            <translation>Códigos de diagnóstico</translation>
        </message>
        <message>
            <source>Diagnosis codes on the order, separated by commas, e.g. Z39.1</source>
            <translation>Los códigos de diagnóstico de la orden, separados por comas, por ejemplo Z39.1</translation>
        </message>
        <message>
            <source>Diagnoses</source>
            <translation>Diagnósticos</translation>
        </message>
        <message>
            <source>Claim status</source>
            <translation>Estado del reclamo</translation>
        </message>
        <message>
            <source>What the plan did with the claim</source>
            <translation>Qué hizo el plan con el reclamo</translation>
        </message>
        <message>
            <source>Your cost</source>
            <translation>Lo que usted paga</translation>
        </message>
        <message>
            <source>What you were asked to pay, in dollars</source>
            <translation>Lo que le pidieron pagar, en dólares</translation>
        </message>
        <message>
            <source>You were asked to pay</source>
            <translation>Le pidieron pagar</translation>
        </message>
        <message>
            <source>Don't know</source>
            <translation>No sé</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Insurer</source>
            <translation>Aseguradora</translation>
        </message>
        <message>
            <source>The company on your insurance card</source>
            <translation>La compañía que aparece en su tarjeta del seguro</translation>
        </message>
        <message>
            <source>Plan name</source>
            <translation>Nombre del plan</translation>
        </message>
        <message>
            <source>The plan's name, e.g. Blue Preferred PPO</source>
            <translation>El nombre del plan, por ejemplo Blue Preferred PPO</translation>
        </message>
        <message>
            <source>Plan type</source>
            <translation>Tipo de plan</translation>
        </message>
        <message>
            <source>What kind of plan this is</source>
            <translation>Qué tipo de plan es</translation>
        </message>
        <message>
            <source>This decides which rules protect you. Job-based plans are 'self-funded' when the employer pays claims itself (often only an insurer's name is on the card): ask your benefits office. Medicaid and CHIP follow state rules, not the ACA's.</source>
            <translation>Esto decide qué reglas la protegen. Los planes del trabajo son 'autofinanciados' (self-funded) cuando el empleador paga los reclamos (muchas veces en la tarjeta solo sale el nombre de una aseguradora): pregunte en la oficina de beneficios. Medicaid y CHIP siguen reglas del estado, no las de la ACA.</translation>
        </message>
        <message>
            <source>Grandfathered</source>
            <translation>Con derechos adquiridos</translation>
        </message>
        <message>
            <source>Whether the plan is grandfathered under the ACA</source>
            <translation>Si el plan tiene derechos adquiridos (grandfathered) bajo la ACA</translation>
        </message>
        <message>
            <source>Grandfathered?</source>
            <translation>¿Con derechos adquiridos (grandfathered)?</translation>
        </message>
        <message>
            <source>A plan in force since March 23, 2010 and not changed since may be 'grandfathered' and need not follow the ACA's free preventive care rule. It must say so in its plan materials; most plans are not.</source>
            <translation>Un plan vigente desde el 23 de marzo de 2010 y sin cambios desde entonces puede tener 'derechos adquiridos' (grandfathered) y no tiene que seguir la regla de la ACA de cuidado preventivo gratis. Debe decirlo en sus materiales; la mayoría de los planes no los tienen.</translation>
        </message>
        <message>
            <source>Not in the app / don't know</source>
            <translation>No está en la aplicación / no sé</translation>
        </message>
        <message>
            <source>Insurer policy</source>
            <translation>Póliza de la aseguradora</translation>
        </message>
        <message>
            <source>The insurer's own lactation policy, when the app has it</source>
            <translation>La política de lactancia propia de la aseguradora, cuando la aplicación la tiene</translation>
        </message>
        <message>
            <source>Insurer's lactation policy</source>
            <translation>Política de lactancia de la aseguradora</translation>
        </message>
        <message>
            <source>When the app knows your insurer's lactation policy, it checks codes and limits against it.</source>
            <translation>Cuando la aplicación conoce la política de lactancia de su aseguradora, revisa los códigos y límites según esa política.</translation>
        </message>
        <message>
            <source>In-network lactation provider available</source>
            <translation>Hay una proveedora de lactancia dentro de la red</translation>
        </message>
        <message>
            <source>Whether your plan has an in-network lactation provider you can see</source>
            <translation>Si su plan tiene una proveedora de lactancia dentro de la red que usted pueda ver</translation>
        </message>
        <message>
            <source>In-network lactation provider?</source>
            <translation>¿Proveedora de lactancia dentro de la red?</translation>
        </message>
        <message>
            <source>If the plan has no in-network lactation provider you can reach, you can ask for a 'gap exception': the plan covers an out-of-network provider at the in-network level, with nothing for you to pay.</source>
            <translation>Si el plan no tiene una proveedora de lactancia dentro de la red a la que usted pueda llegar, puede pedir una 'gap exception' (excepción por falta de proveedores): el plan cubre a una proveedora fuera de la red al nivel de la red, sin que usted pague nada.</translation>
        </message>
        <message>
            <source>Came home on</source>
            <translation>Volvió a casa el</translation>
        </message>
        <message>
            <source>Baby came home from the hospital on</source>
            <translation>El bebé volvió a casa del hospital el</translation>
        </message>
        <message>
            <source>The day the baby left the hospital, when the baby stayed after you went home</source>
            <translation>El día en que el bebé salió del hospital, si se quedó después de que usted volvió a casa</translation>
        </message>
        <message>
            <source>Baby came home on</source>
            <translation>El bebé volvió a casa el</translation>
        </message>
        <message>
            <source>Some insurers cover a pump rental only while the baby is still in the hospital (for example in the NICU). Tick and give the day the baby came home.</source>
            <translation>Algunas aseguradoras cubren el alquiler de un sacaleches solo mientras el bebé sigue en el hospital (por ejemplo, en la UCIN). Marque la casilla y dé el día en que el bebé volvió a casa.</translation>
        </message>
        <message>
            <source>Procedure code</source>
            <translation>Código de procedimiento</translation>
        </message>
        <message>
            <source>The procedure code (CPT or HCPCS), e.g. S9443 or 98960: on the superbill and the Explanation of Benefits</source>
            <translation>El código de procedimiento (CPT o HCPCS), por ejemplo S9443 o 98960: en el superbill y en la Explicación de Beneficios (EOB)</translation>
        </message>
        <message>
            <source>Code, e.g. S9443</source>
            <translation>Código, por ejemplo S9443</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>How many units were billed for this code</source>
            <translation>Cuántas unidades se cobraron con este código</translation>
        </message>
        <message>
            <source>units: </source>
            <translation>unidades: </translation>
        </message>
        <message>
            <source>Diagnosis codes (ICD-10) for this line, separated by commas, e.g. Z39.1</source>
            <translation>Los códigos de diagnóstico (ICD-10) de esta línea, separados por comas, por ejemplo Z39.1</translation>
        </message>
        <message>
            <source>Diagnoses, e.g. Z39.1</source>
            <translation>Diagnósticos, por ejemplo Z39.1</translation>
        </message>
        <message>
            <source>Charge</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>What the provider charged for this line, in dollars (0 if not known)</source>
            <translation>Lo que cobró la proveedora por esta línea, en dólares (0 si no lo sabe)</translation>
        </message>
        <message>
            <source>A two-character modifier after the code, if any</source>
            <translation>Un modificador de dos caracteres después del código, si hay</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove this line</source>
            <translation>Quitar esta línea</translation>
        </message>
        <message>
            <source>Remove this claim line</source>
            <translation>Quitar esta línea del reclamo</translation>
        </message>
        <message>
            <source>The visit</source>
            <translation>La visita</translation>
        </message>
        <message>
            <source>Visit date</source>
            <translation>Fecha de la visita</translation>
        </message>
        <message>
            <source>The day of the visit</source>
            <translation>El día de la visita</translation>
        </message>
        <message>
            <source>Provider name</source>
            <translation>Nombre de la proveedora</translation>
        </message>
        <message>
            <source>Who you saw</source>
            <translation>A quién vio</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedora</translation>
        </message>
        <message>
            <source>Credential</source>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>The provider's credential</source>
            <translation>La credencial de la proveedora</translation>
        </message>
        <message>
            <source>IBCLC: International Board Certified Lactation Consultant; CLC: Certified Lactation Counselor; LEC: lactation educator-counselor. Some plans pay only some credentials directly.</source>
            <translation>IBCLC: consultora de lactancia certificada por la junta internacional (International Board Certified Lactation Consultant); CLC: consejera de lactancia certificada (Certified Lactation Counselor); LEC: educadora-consejera de lactancia. Algunos planes pagan directamente solo ciertas credenciales.</translation>
        </message>
        <message>
            <source>In network</source>
            <translation>Dentro de la red</translation>
        </message>
        <message>
            <source>Out of network</source>
            <translation>Fuera de la red</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Whether the provider is in your plan's network</source>
            <translation>Si la proveedora está en la red de su plan</translation>
        </message>
        <message>
            <source>Your plan's provider directory or the Explanation of Benefits says whether the provider was in network.</source>
            <translation>El directorio de proveedores de su plan o la Explicación de Beneficios (EOB) dicen si la proveedora estaba en la red.</translation>
        </message>
        <message>
            <source>NPI</source>
            <translation>NPI</translation>
        </message>
        <message>
            <source>The provider's 10-digit National Provider Identifier, on the superbill</source>
            <translation>El número de identificación nacional de la proveedora (NPI), de 10 dígitos, en el superbill</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Consultorio</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Visita a domicilio</translation>
        </message>
        <message>
            <source>Telehealth</source>
            <translation>Telesalud</translation>
        </message>
        <message>
            <source>Hospital outpatient</source>
            <translation>Hospital, paciente externo</translation>
        </message>
        <message>
            <source>During a hospital stay</source>
            <translation>Durante una estancia en el hospital</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Where the visit happened</source>
            <translation>Dónde fue la visita</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>How long the visit took, in minutes (0 if not known)</source>
            <translation>Cuánto duró la visita, en minutos (0 si no lo sabe)</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>no se sabe</translation>
        </message>
        <message>
            <source>Timed codes are billed per 30 minutes. For a home visit count the time with you, not the travel.</source>
            <translation>Los códigos por tiempo se cobran cada 30 minutos. En una visita a domicilio cuente el tiempo con usted, no el viaje.</translation>
        </message>
        <message>
            <source>The parent</source>
            <translation>La madre o el padre</translation>
        </message>
        <message>
            <source>The baby</source>
            <translation>El bebé</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Los dos</translation>
        </message>
        <message>
            <source>Billed under</source>
            <translation>Cobrado a nombre de</translation>
        </message>
        <message>
            <source>Whose name the claim was billed under</source>
            <translation>A nombre de quién se cobró el reclamo</translation>
        </message>
        <message>
            <source>The Explanation of Benefits shows the patient's name on each claim.</source>
            <translation>La Explicación de Beneficios (EOB) muestra el nombre del paciente en cada reclamo.</translation>
        </message>
        <message>
            <source>I found them myself</source>
            <translation>La encontré yo</translation>
        </message>
        <message>
            <source>A doctor referred me</source>
            <translation>Me refirió un médico</translation>
        </message>
        <message>
            <source>The plan referred me</source>
            <translation>Me refirió el plan</translation>
        </message>
        <message>
            <source>No referral</source>
            <translation>Sin referencia</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>How you came to see this provider</source>
            <translation>Cómo llegó a ver a esta proveedora</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>A program the visit was billed under, e.g. CPSP; leave empty if none</source>
            <translation>Un programa bajo el que se cobró la visita, por ejemplo CPSP; déjelo vacío si no hay</translation>
        </message>
        <message>
            <source>Whether the plan approved the visit beforehand</source>
            <translation>Si el plan aprobó la visita antes</translation>
        </message>
        <message>
            <source>Claim lines (codes)</source>
            <translation>Líneas del reclamo (códigos)</translation>
        </message>
        <message>
            <source>Add a code</source>
            <translation>Agregar un código</translation>
        </message>
        <message>
            <source>Add a claim line</source>
            <translation>Agregar una línea al reclamo</translation>
        </message>
        <message>
            <source>Add another code from the superbill or the Explanation of Benefits</source>
            <translation>Agregue otro código del superbill o de la Explicación de Beneficios (EOB)</translation>
        </message>
        <message>
            <source>What the plan did</source>
            <translation>Qué hizo el plan</translation>
        </message>
        <message>
            <source>Claim number</source>
            <translation>Número de reclamo</translation>
        </message>
        <message>
            <source>The claim number on the Explanation of Benefits</source>
            <translation>El número de reclamo en la Explicación de Beneficios (EOB)</translation>
        </message>
        <message>
            <source>Not sent to the plan yet</source>
            <translation>Todavía no se envió al plan</translation>
        </message>
        <message>
            <source>Waiting for the plan</source>
            <translation>Esperando al plan</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pagado</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Pagado en parte</translation>
        </message>
        <message>
            <source>Denied</source>
            <translation>Negado</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Denied on</source>
            <translation>Negado el</translation>
        </message>
        <message>
            <source>Denial date</source>
            <translation>Fecha de la negativa</translation>
        </message>
        <message>
            <source>The date on the denial notice or Explanation of Benefits</source>
            <translation>La fecha del aviso de negativa o de la Explicación de Beneficios (EOB)</translation>
        </message>
        <message>
            <source>Your appeal deadline is counted from this date.</source>
            <translation>Su fecha límite para apelar se cuenta desde esta fecha.</translation>
        </message>
        <message>
            <source>Denial reason</source>
            <translation>Razón de la negativa</translation>
        </message>
        <message>
            <source>The reason the plan gave, in its words</source>
            <translation>La razón que dio el plan, con sus palabras</translation>
        </message>
        <message>
            <source>Reason given</source>
            <translation>Razón que dieron</translation>
        </message>
        <message>
            <source>What you were asked to pay for this visit, in dollars</source>
            <translation>Lo que le pidieron pagar por esta visita, en dólares</translation>
        </message>
        <message>
            <source>Copay, coinsurance, deductible and any balance bill together: the Explanation of Benefits calls it 'patient responsibility' or 'you owe'.</source>
            <translation>El copago, el coseguro, el deducible y cualquier saldo cobrado, todo junto: la Explicación de Beneficios (EOB) lo llama 'patient responsibility' o 'you owe' (lo que usted debe).</translation>
        </message>
        <message>
            <source>Calls with your insurer</source>
            <translation>Llamadas con su aseguradora</translation>
        </message>
        <message>
            <source>Write down every call: who you spoke with, their reference number and what they said. It is your evidence if you need to appeal.</source>
            <translation>Anote cada llamada: con quién habló, su número de referencia y lo que dijo. Es su prueba si necesita apelar.</translation>
        </message>
        <message>
            <source>New call</source>
            <translation>Nueva llamada</translation>
        </message>
        <message>
            <source>Log a new call (Ctrl+N)</source>
            <translation>Registrar una nueva llamada (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Change the selected call (or double-click it, or press Enter)</source>
            <translation>Cambiar la llamada elegida (o haga doble clic en ella, o presione Enter)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Delete the selected call (you can undo this)</source>
            <translation>Borrar la llamada elegida (puede deshacerlo)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Deshacer (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Rehacer (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Search calls: rep, reference, words said...</source>
            <translation>Buscar llamadas: representante, referencia, palabras dichas...</translation>
        </message>
        <message>
            <source>Search calls</source>
            <translation>Buscar llamadas</translation>
        </message>
        <message>
            <source>Shows the calls that contain every word you type, in any field</source>
            <translation>Muestra las llamadas que tienen todas las palabras que escriba, en cualquier campo</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exportar CSV</translation>
        </message>
        <message>
            <source>Save the call log as a spreadsheet file (CSV)</source>
            <translation>Guardar el registro de llamadas como archivo de hoja de cálculo (CSV)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Print the call log (with a preview)</source>
            <translation>Imprimir el registro de llamadas (con vista previa)</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Guardar PDF</translation>
        </message>
        <message>
            <source>Save the call log as a PDF file</source>
            <translation>Guardar el registro de llamadas como archivo PDF</translation>
        </message>
        <message>
            <source>Open or create a case first; then you can log your calls here.</source>
            <translation>Primero abra o cree un caso; después puede registrar sus llamadas aquí.</translation>
        </message>
        <message>
            <source>No calls yet. Before you call your insurer, press New call: the call opens with the questions to ask and a timer, and you can note the rep's name and the reference number as you talk.</source>
            <translation>Todavía no hay llamadas. Antes de llamar a su aseguradora, presione Nueva llamada: la llamada se abre con las preguntas que hacer y un cronómetro, y puede anotar el nombre del representante y el número de referencia mientras habla.</translation>
        </message>
        <message>
            <source>1 call</source>
            <translation>1 llamada</translation>
        </message>
        <message>
            <source>{0} calls</source>
            <translation>{0} llamadas</translation>
        </message>
        <message>
            <source>No calls match “{0}”.</source>
            <translation>Ninguna llamada coincide con “{0}”.</translation>
        </message>
        <message>
            <source>Showing {0} of {1} calls</source>
            <translation>Se muestran {0} de {1} llamadas</translation>
        </message>
        <message>
            <source>Your plan</source>
            <translation>Su plan</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>Guardar plan</translation>
        </message>
        <message>
            <source>Save the plan details and check again</source>
            <translation>Guardar los datos del plan y revisar otra vez</translation>
        </message>
        <message>
            <source>Lactation visits</source>
            <translation>Visitas de lactancia</translation>
        </message>
        <message>
            <source>Add each visit with the codes from the superbill (the receipt your consultant gives you) or the plan's Explanation of Benefits.</source>
            <translation>Agregue cada visita con los códigos del superbill (el recibo que le da su consultora) o de la Explicación de Beneficios (EOB) del plan.</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>Double-click a visit to edit it</source>
            <translation>Haga doble clic en una visita para editarla</translation>
        </message>
        <message>
            <source>Add visit…</source>
            <translation>Agregar visita…</translation>
        </message>
        <message>
            <source>Add a lactation visit</source>
            <translation>Agregar una visita de lactancia</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the chosen visit</source>
            <translation>Editar la visita elegida</translation>
        </message>
        <message>
            <source>Delete the chosen visit</source>
            <translation>Borrar la visita elegida</translation>
        </message>
        <message>
            <source>Breast pumps and supplies</source>
            <translation>Sacaleches y accesorios</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Double-click an item to edit it</source>
            <translation>Haga doble clic en un artículo para editarlo</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Agregar…</translation>
        </message>
        <message>
            <source>Add a pump or supplies</source>
            <translation>Agregar un sacaleches o accesorios</translation>
        </message>
        <message>
            <source>Edit the chosen item</source>
            <translation>Editar el artículo elegido</translation>
        </message>
        <message>
            <source>Delete the chosen item</source>
            <translation>Borrar el artículo elegido</translation>
        </message>
        <message>
            <source>What the check found</source>
            <translation>Lo que encontró la revisión</translation>
        </message>
        <message>
            <source>Print summary…</source>
            <translation>Imprimir resumen…</translation>
        </message>
        <message>
            <source>Print a one-page summary with the findings and the call script</source>
            <translation>Imprimir un resumen de una página con los resultados y el guion de llamada</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Guardar PDF…</translation>
        </message>
        <message>
            <source>Save the one-page summary as a PDF</source>
            <translation>Guardar el resumen de una página como PDF</translation>
        </message>
        <message>
            <source>Who to complain to</source>
            <translation>Ante quién presentar una queja</translation>
        </message>
        <message>
            <source>Nothing needs doing right now. Add visits and claims on the Coverage page, or work through the checklist before your next visit.</source>
            <translation>No hay nada que hacer por ahora. Agregue visitas y reclamos en la página Cobertura, o siga la lista de pasos antes de su próxima visita.</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Fechas límite</translation>
        </message>
        <message>
            <source>No deadlines yet. A denied claim starts the clock for an appeal.</source>
            <translation>Todavía no hay fechas límite. Un reclamo negado empieza a contar el tiempo para apelar.</translation>
        </message>
        <message>
            <source>{title} by {date} — {left}</source>
            <translation>{title} antes del {date} — {left}</translation>
        </message>
        <message>
            <source>Add deadlines to my calendar…</source>
            <translation>Agregar las fechas límite a mi calendario…</translation>
        </message>
        <message>
            <source>Save the deadlines and call-backs as a calendar file (.ics) with reminders</source>
            <translation>Guardar las fechas límite y las llamadas pendientes como archivo de calendario (.ics) con recordatorios</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Pendientes</translation>
        </message>
        <message>
            <source>Nothing open from the coverage check.</source>
            <translation>No hay nada pendiente de la revisión de cobertura.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Action needed</source>
            <translation>Hay que actuar</translation>
        </message>
        <message>
            <source>Next step: {step}</source>
            <translation>Siguiente paso: {step}</translation>
        </message>
        <message>
            <source>Call-backs</source>
            <translation>Volver a llamar</translation>
        </message>
        <message>
            <source>No call-backs due. When you log a call, set a follow-up date and it shows here.</source>
            <translation>No hay llamadas pendientes. Cuando registre una llamada, ponga una fecha de seguimiento y aparecerá aquí.</translation>
        </message>
        <message>
            <source>the plan</source>
            <translation>el plan</translation>
        </message>
        <message>
            <source>Call {who} back by {date} — {left}</source>
            <translation>Volver a llamar a {who} antes del {date} — {left}</translation>
        </message>
        <message>
            <source>(reference {ref})</source>
            <translation>(referencia {ref})</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>impresa</translation>
        </message>
        <message>
            <source>saved as PDF</source>
            <translation>guardada como PDF</translation>
        </message>
        <message>
            <source>by email</source>
            <translation>por correo electrónico</translation>
        </message>
        <message>
            <source>from your mail app</source>
            <translation>desde su aplicación de correo</translation>
        </message>
        <message>
            <source>through the plan's website</source>
            <translation>por el sitio web del plan</translation>
        </message>
        <message>
            <source>Last letter sent: {kind}, on {date}{how}{to}.</source>
            <translation>Última carta enviada: {kind}, el {date}{how}{to}.</translation>
        </message>
        <message>
            <source>Open the checklist</source>
            <translation>Abrir la lista de pasos</translation>
        </message>
        <message>
            <source>Check my coverage</source>
            <translation>Revisar mi cobertura</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Cartas</translation>
        </message>
        <message>
            <source>This is information, not legal advice.</source>
            <translation>Esto es información, no asesoría legal.</translation>
        </message>
    </context>
    <context>
        <name>AttachDialog</name>
        <message>
            <source>Attach a document</source>
            <translation>Adjuntar un documento</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>What the document is</source>
            <translation>Qué es el documento</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>A name you will recognise</source>
            <translation>Un nombre que usted reconozca</translation>
        </message>
        <message>
            <source>Only about {visit}</source>
            <translation>Solo sobre {visit}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
    </context>
    <context>
        <name>CallEditor</name>
        <message>
            <source>Edit call</source>
            <translation>Editar llamada</translation>
        </message>
        <message>
            <source>New call</source>
            <translation>Nueva llamada</translation>
        </message>
        <message>
            <source>Visit {0}</source>
            <translation>Visita {0}</translation>
        </message>
        <message>
            <source>Restored what you typed before it was saved</source>
            <translation>Se recuperó lo que escribió antes de guardarlo</translation>
        </message>
        <message>
            <source>Could not keep a draft: {0}</source>
            <translation>No se pudo guardar un borrador: {0}</translation>
        </message>
        <message>
            <source>Could not remove the draft: {0}</source>
            <translation>No se pudo quitar el borrador: {0}</translation>
        </message>
        <message>
            <source>Discard this call?</source>
            <translation>¿Descartar esta llamada?</translation>
        </message>
        <message>
            <source>What you typed for this call will be thrown away. Discard it?</source>
            <translation>Lo que escribió para esta llamada se va a borrar. ¿Descartarla?</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Preguntas que hacer</translation>
        </message>
        <message>
            <source>From a lactation consultant's insurance guide for families. Tick each question as you ask it.</source>
            <translation>De una guía de seguros para familias escrita por una consultora de lactancia. Marque cada pregunta cuando la haga.</translation>
        </message>
        <message>
            <source>Insert into summary</source>
            <translation>Agregar al resumen</translation>
        </message>
        <message>
            <source>Insert questions into summary</source>
            <translation>Agregar las preguntas al resumen</translation>
        </message>
        <message>
            <source>Adds the ticked questions (or all of them) to the summary, to note the answers</source>
            <translation>Agrega las preguntas marcadas (o todas) al resumen, para anotar las respuestas</translation>
        </message>
        <message>
            <source>Codes to give the insurer</source>
            <translation>Códigos que dar a la aseguradora</translation>
        </message>
        <message>
            <source>Diagnosis code</source>
            <translation>Código de diagnóstico</translation>
        </message>
        <message>
            <source>Codes to give them, and ask if they cover them fully:</source>
            <translation>Códigos que darles, y pregunte si los cubren por completo:</translation>
        </message>
        <message>
            <source>Q:</source>
            <translation>P:</translation>
        </message>
        <message>
            <source>A:</source>
            <translation>R:</translation>
        </message>
        <message>
            <source>Source: {0}, “{1}”: “{2}”</source>
            <translation>Fuente: {0}, “{1}”: “{2}”</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>not noted</source>
            <translation>sin anotar</translation>
        </message>
        <message>
            <source>How long the call took, in minutes. The call timer fills this in.</source>
            <translation>Cuánto duró la llamada, en minutos. El cronómetro de la llamada lo llena.</translation>
        </message>
        <message>
            <source>Time on the call</source>
            <translation>Tiempo en la llamada</translation>
        </message>
        <message>
            <source>Start timer</source>
            <translation>Iniciar cronómetro</translation>
        </message>
        <message>
            <source>Start call timer</source>
            <translation>Iniciar el cronómetro de la llamada</translation>
        </message>
        <message>
            <source>Press when the call starts; sets the start time and counts the minutes</source>
            <translation>Presione cuando empiece la llamada; pone la hora de inicio y cuenta los minutos</translation>
        </message>
        <message>
            <source>Stop timer</source>
            <translation>Detener cronómetro</translation>
        </message>
        <message>
            <source>Stop call timer</source>
            <translation>Detener el cronómetro de la llamada</translation>
        </message>
        <message>
            <source>Press when the call ends; fills in the minutes (rounded up)</source>
            <translation>Presione cuando termine la llamada; llena los minutos (redondeados hacia arriba)</translation>
        </message>
        <message>
            <source>Resume timer</source>
            <translation>Reanudar cronómetro</translation>
        </message>
    </context>
    <context>
        <name>CallScriptView</name>
        <message>
            <source>Have this in front of you when you call the number on your insurance card. Write down the name of the person you talk to and the call's reference number.</source>
            <translation>Téngalo a la mano cuando llame al número de su tarjeta del seguro. Anote el nombre de la persona con quien habla y el número de referencia de la llamada.</translation>
        </message>
        <message>
            <source>Log this call</source>
            <translation>Registrar esta llamada</translation>
        </message>
        <message>
            <source>Write down who you spoke to and what they said</source>
            <translation>Anotar con quién habló y qué le dijeron</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Preguntar</translation>
        </message>
        <message>
            <source>Codes to give</source>
            <translation>Códigos que dar</translation>
        </message>
        <message>
            <source>Codes are how plans decide. The diagnosis code says why you were seen; the procedure code says what was done. Both are on your consultant's superbill and on the plan's Explanation of Benefits.</source>
            <translation>Los planes deciden según los códigos. El código de diagnóstico dice por qué la atendieron; el código de procedimiento dice qué se hizo. Los dos están en el superbill de su consultora y en la Explicación de Beneficios (EOB) del plan.</translation>
        </message>
        <message>
            <source>Hover a code to see its source</source>
            <translation>Pase el ratón sobre un código para ver su fuente</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Qué significa</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>If they push back</source>
            <translation>Si le ponen obstáculos</translation>
        </message>
        <message>
            <source>Question to ask</source>
            <translation>Pregunta que hacer</translation>
        </message>
        <message>
            <source>The guide</source>
            <translation>La guía</translation>
        </message>
        <message>
            <source>Your plan's policy</source>
            <translation>La política de su plan</translation>
        </message>
    </context>
    <context>
        <name>CallsModel</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Representante</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Outcome: {0}</source>
            <translation>Resultado: {0}</translation>
        </message>
        <message>
            <source>Click to sort by {0}</source>
            <translation>Haga clic para ordenar por {0}</translation>
        </message>
    </context>
    <context>
        <name>CallsPage</name>
        <message>
            <source>the insurer</source>
            <translation>la aseguradora</translation>
        </message>
        <message>
            <source>Delete this call?</source>
            <translation>¿Borrar esta llamada?</translation>
        </message>
        <message>
            <source>Delete the call of {0} with {1}? You can bring it back with Undo (Ctrl+Z).</source>
            <translation>¿Borrar la llamada del {0} con {1}? Puede recuperarla con Deshacer (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>No se pudo guardar</translation>
        </message>
        <message>
            <source>The change could not be saved: {0}
Nothing you typed was lost.</source>
            <translation>No se pudo guardar el cambio: {0}
No se perdió nada de lo que escribió.</translation>
        </message>
        <message>
            <source>Discard the unsaved call?</source>
            <translation>¿Descartar la llamada sin guardar?</translation>
        </message>
        <message>
            <source>What you typed for that call will be thrown away. Discard it?</source>
            <translation>Lo que escribió para esa llamada se va a borrar. ¿Descartarla?</translation>
        </message>
        <message>
            <source>Calls with the insurer</source>
            <translation>Llamadas con la aseguradora</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Llamadas</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <source>Open the unsaved call again, as you left it</source>
            <translation>Abrir otra vez la llamada sin guardar, como la dejó</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Throw the unsaved call away</source>
            <translation>Borrar la llamada sin guardar</translation>
        </message>
        <message>
            <source>You have an unsaved call.</source>
            <translation>Tiene una llamada sin guardar.</translation>
        </message>
        <message>
            <source>You have an unsaved call from {0}.</source>
            <translation>Tiene una llamada sin guardar del {0}.</translation>
        </message>
        <message>
            <source>Export calls as CSV</source>
            <translation>Exportar las llamadas como CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Save calls as PDF</source>
            <translation>Guardar las llamadas como PDF</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>No se pudo exportar</translation>
        </message>
        <message>
            <source>Could not save the PDF</source>
            <translation>No se pudo guardar el PDF</translation>
        </message>
        <message>
            <source>Your calls. Click a column title to sort; double-click a call to edit it.</source>
            <translation>Sus llamadas. Haga clic en el título de una columna para ordenar; doble clic en una llamada para editarla.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPage</name>
        <message>
            <source>Your checklist</source>
            <translation>Su lista de pasos</translation>
        </message>
        <message>
            <source>Checklist progress</source>
            <translation>Avance de la lista</translation>
        </message>
        <message>
            <source>How many steps you have ticked</source>
            <translation>Cuántos pasos ha marcado</translation>
        </message>
        <message>
            <source>Checklist and call script</source>
            <translation>Lista de pasos y guion de llamada</translation>
        </message>
        <message>
            <source>Switch between the steps and the call script</source>
            <translation>Cambiar entre los pasos y el guion de llamada</translation>
        </message>
        <message>
            <source>Checklist tabs</source>
            <translation>Pestañas de la lista</translation>
        </message>
        <message>
            <source>Steps or call script; Ctrl+Tab switches between them</source>
            <translation>Pasos o guion de llamada; Ctrl+Tab cambia entre ellos</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Call script</source>
            <translation>Guion de llamada</translation>
        </message>
        <message>
            <source>These are the general steps. Create a case (File &gt; New case) so the steps follow your plan and your ticks are kept.</source>
            <translation>Estos son los pasos generales. Cree un caso (Archivo &gt; Nuevo caso) para que los pasos sigan su plan y se guarden sus marcas.</translation>
        </message>
        <message>
            <source>Steps for your plan: {kind}.</source>
            <translation>Pasos para su plan: {kind}.</translation>
        </message>
        <message>
            <source>Some answers assume a plan that follows the Affordable Care Act; set your plan type on the Coverage page to be sure.</source>
            <translation>Algunas respuestas suponen un plan que sigue la Ley de Cuidado de Salud Asequible (ACA); elija su tipo de plan en la página Cobertura para estar segura.</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>{done} de {total} hechos</translation>
        </message>
        <message>
            <source>Tick not saved</source>
            <translation>La marca no se guardó</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Lista de pasos</translation>
        </message>
    </context>
    <context>
        <name>ChecklistStepWidget</name>
        <message>
            <source>Warning: {title}</source>
            <translation>Aviso: {title}</translation>
        </message>
        <message>
            <source>Tick when done</source>
            <translation>Marque cuando esté hecho</translation>
        </message>
        <message>
            <source>Create a case to keep your ticks</source>
            <translation>Cree un caso para guardar sus marcas</translation>
        </message>
        <message>
            <source>Why and what to say</source>
            <translation>Por qué y qué decir</translation>
        </message>
        <message>
            <source>Why and what to say: {title}</source>
            <translation>Por qué y qué decir: {title}</translation>
        </message>
        <message>
            <source>Open this step to see why it matters and the words to use</source>
            <translation>Abra este paso para ver por qué importa y las palabras que usar</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Por qué importa</translation>
        </message>
        <message>
            <source>For your plan</source>
            <translation>Para su plan</translation>
        </message>
        <message>
            <source>What to say:</source>
            <translation>Qué decir:</translation>
        </message>
        <message>
            <source>What to say</source>
            <translation>Qué decir</translation>
        </message>
        <message>
            <source>Log this call</source>
            <translation>Registrar esta llamada</translation>
        </message>
        <message>
            <source>Open the letter</source>
            <translation>Abrir la carta</translation>
        </message>
    </context>
    <context>
        <name>CodesPage</name>
        <message>
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <source>The billing and diagnosis codes the lactation policies name, in plain words. Search, pick one, and read it to the insurance representative or copy it.</source>
            <translation>Los códigos de cobro y de diagnóstico que nombran las políticas de lactancia, en palabras sencillas. Busque, elija uno, y léaselo al representante del seguro o cópielo.</translation>
        </message>
        <message>
            <source>Search a code or a word, e.g. Z39.1, pump, IBCLC</source>
            <translation>Busque un código o una palabra, por ejemplo Z39.1, pump, IBCLC</translation>
        </message>
        <message>
            <source>Search codes</source>
            <translation>Buscar códigos</translation>
        </message>
        <message>
            <source>Type a code (dots and capitals do not matter) or words from its meaning</source>
            <translation>Escriba un código (no importan los puntos ni las mayúsculas) o palabras de su significado</translation>
        </message>
        <message>
            <source>Number of codes shown</source>
            <translation>Número de códigos que se muestran</translation>
        </message>
        <message>
            <source>Codes table</source>
            <translation>Tabla de códigos</translation>
        </message>
        <message>
            <source>Pick a code to see where it comes from</source>
            <translation>Elija un código para ver de dónde viene</translation>
        </message>
        <message>
            <source>Code details and source</source>
            <translation>Detalles y fuente del código</translation>
        </message>
        <message>
            <source>What the code means, how to say it, and the words of the policy that names it</source>
            <translation>Qué significa el código, cómo decirlo, y las palabras de la política que lo nombra</translation>
        </message>
        <message>
            <source>Copy code</source>
            <translation>Copiar código</translation>
        </message>
        <message>
            <source>Copy the selected code so you can paste it into a form or an e-mail</source>
            <translation>Copiar el código elegido para pegarlo en un formulario o un correo</translation>
        </message>
        <message>
            <source>Copy status</source>
            <translation>Estado de la copia</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation>
                <numerusform>%n código</numerusform>
                <numerusform>%n códigos</numerusform>
            </translation>
        </message>
        <message>
            <source>No code matches</source>
            <translation>Ningún código coincide</translation>
        </message>
        <message>
            <source>%1 of %2 codes</source>
            <translation>%1 de %2 códigos</translation>
        </message>
        <message>
            <source>No code matches. Try fewer words, or only part of the code.</source>
            <translation>Ningún código coincide. Pruebe con menos palabras, o solo con parte del código.</translation>
        </message>
        <message>
            <source>Pick a code to see its details and source.</source>
            <translation>Elija un código para ver sus detalles y su fuente.</translation>
        </message>
        <message>
            <source>Billed in units of %1 minutes.</source>
            <translation>Se cobra en unidades de %1 minutos.</translation>
        </message>
        <message>
            <source>A group: it also covers the more detailed codes that start with it.</source>
            <translation>Un grupo: también incluye los códigos más detallados que empiezan con él.</translation>
        </message>
        <message>
            <source>BCBS New Mexico: not paid when billed by a non-physician.</source>
            <translation>BCBS New Mexico: no se paga cuando lo cobra alguien que no es médico.</translation>
        </message>
        <message>
            <source>BCBS New Mexico says not to report this code for lactation services.</source>
            <translation>BCBS New Mexico dice que no se reporte este código para servicios de lactancia.</translation>
        </message>
        <message>
            <source>Copied %1</source>
            <translation>Se copió %1</translation>
        </message>
        <message>
            <source>CPT procedure code</source>
            <translation>Código de procedimiento CPT</translation>
        </message>
        <message>
            <source>HCPCS procedure or supply code</source>
            <translation>Código HCPCS de procedimiento o de suministro</translation>
        </message>
        <message>
            <source>ICD-10 diagnosis code</source>
            <translation>Código de diagnóstico ICD-10</translation>
        </message>
        <message>
            <source>ICD-10 diagnosis group</source>
            <translation>Grupo de diagnósticos ICD-10</translation>
        </message>
        <message>
            <source>Modifier</source>
            <translation>Modificador</translation>
        </message>
        <message>
            <source>Medi-Cal local code</source>
            <translation>Código local de Medi-Cal</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Qué significa</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Named by</source>
            <translation>Lo nombra</translation>
        </message>
        <message>
            <source>A as in apple</source>
            <translation>A de apple (manzana)</translation>
        </message>
        <message>
            <source>E as in echo</source>
            <translation>E de echo</translation>
        </message>
        <message>
            <source>G as in golf</source>
            <translation>G de golf</translation>
        </message>
        <message>
            <source>N as in November</source>
            <translation>N de November (noviembre)</translation>
        </message>
        <message>
            <source>O as in ocean (the letter, not zero)</source>
            <translation>O de ocean, la letra O (no el cero)</translation>
        </message>
        <message>
            <source>P as in Peter</source>
            <translation>P de Peter</translation>
        </message>
        <message>
            <source>R as in Romeo</source>
            <translation>R de Romeo</translation>
        </message>
        <message>
            <source>S as in Sam</source>
            <translation>S de Sam</translation>
        </message>
        <message>
            <source>U as in uniform</source>
            <translation>U de uniform</translation>
        </message>
        <message>
            <source>Z as in zebra</source>
            <translation>Z de zebra</translation>
        </message>
        <message>
            <source>point</source>
            <translation>punto</translation>
        </message>
        <message>
            <source>Say it:</source>
            <translation>Cómo decirlo:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>Named by:</source>
            <translation>Lo nombra:</translation>
        </message>
        <message>
            <source>Where this comes from</source>
            <translation>De dónde viene</translation>
        </message>
    </context>
    <context>
        <name>CoveragePage</name>
        <message>
            <source>No case yet. Create one with File &gt; New case, then add your plan and visits here.</source>
            <translation>Todavía no hay un caso. Cree uno con Archivo &gt; Nuevo caso, y después agregue aquí su plan y sus visitas.</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>provider not named</source>
            <translation>proveedora sin nombre</translation>
        </message>
        <message>
            <source>Not sent to the plan yet</source>
            <translation>Todavía no se envió al plan</translation>
        </message>
        <message>
            <source>Waiting for the plan</source>
            <translation>Esperando al plan</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pagado</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Pagado en parte</translation>
        </message>
        <message>
            <source>Denied</source>
            <translation>Negado</translation>
        </message>
        <message>
            <source>no claim yet</source>
            <translation>todavía sin reclamo</translation>
        </message>
        <message>
            <source>Visit of {date}</source>
            <translation>Visita del {date}</translation>
        </message>
        <message>
            <source>Who takes a complaint: {name}</source>
            <translation>Quién recibe una queja: {name}</translation>
        </message>
        <message>
            <source>Phone: {phone}</source>
            <translation>Teléfono: {phone}</translation>
        </message>
        <message>
            <source>Online: {url}</source>
            <translation>En internet: {url}</translation>
        </message>
        <message>
            <source>The case could not be saved: {error}</source>
            <translation>No se pudo guardar el caso: {error}</translation>
        </message>
        <message>
            <source>Plan not saved</source>
            <translation>El plan no se guardó</translation>
        </message>
        <message>
            <source>Delete visit?</source>
            <translation>¿Borrar la visita?</translation>
        </message>
        <message>
            <source>Delete this visit and its claim lines?</source>
            <translation>¿Borrar esta visita y sus líneas de reclamo?</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>No se borró</translation>
        </message>
        <message>
            <source>Delete item?</source>
            <translation>¿Borrar el artículo?</translation>
        </message>
        <message>
            <source>Delete this pump or supply item?</source>
            <translation>¿Borrar este sacaleches o accesorio?</translation>
        </message>
        <message>
            <source>Lactation coverage summary</source>
            <translation>Resumen de cobertura de lactancia</translation>
        </message>
        <message>
            <source>Save summary as PDF</source>
            <translation>Guardar el resumen como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF not saved</source>
            <translation>El PDF no se guardó</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cobertura</translation>
        </message>
    </context>
    <context>
        <name>DataSection</name>
        <message>
            <source>Your data</source>
            <translation>Sus datos</translation>
        </message>
        <message>
            <source>Everything you enter is kept on this computer, in this folder:</source>
            <translation>Todo lo que escribe se guarda en esta computadora, en esta carpeta:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <source>Show the data folder in your file manager</source>
            <translation>Mostrar la carpeta de datos en su administrador de archivos</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer copia ahora</translation>
        </message>
        <message>
            <source>Make a backup copy of your data now</source>
            <translation>Hacer ahora una copia de seguridad de sus datos</translation>
        </message>
        <message>
            <source>Backups (a copy is made each time the app opens; the last 10 are kept):</source>
            <translation>Copias de seguridad (se hace una cada vez que se abre la aplicación; se guardan las últimas 10):</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Backups of your data, newest first</source>
            <translation>Copias de seguridad de sus datos, la más reciente primero</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <source>Replace your current data with the chosen backup</source>
            <translation>Reemplazar sus datos actuales con la copia elegida</translation>
        </message>
        <message>
            <source>Backup status</source>
            <translation>Estado de la copia de seguridad</translation>
        </message>
        <message>
            <source>To keep a copy somewhere else (a USB stick, another computer), close the app and copy the whole folder above. To use that copy, put the folder back in the same place before opening the app.</source>
            <translation>Para guardar una copia en otro lugar (una memoria USB, otra computadora), cierre la aplicación y copie toda la carpeta de arriba. Para usar esa copia, ponga la carpeta en el mismo lugar antes de abrir la aplicación.</translation>
        </message>
        <message>
            <source>{when} ({size} KB)</source>
            <translation>{when} ({size} KB)</translation>
        </message>
        <message>
            <source>The backup could not be made: {reason}</source>
            <translation>No se pudo hacer la copia de seguridad: {reason}</translation>
        </message>
        <message>
            <source>Your newest backup already holds all your data.</source>
            <translation>Su copia de seguridad más reciente ya tiene todos sus datos.</translation>
        </message>
        <message>
            <source>Backup made.</source>
            <translation>Copia de seguridad hecha.</translation>
        </message>
        <message>
            <source>Replace your current data with the backup from {when}?

Your current data is backed up first, so you can come back to it.</source>
            <translation>¿Reemplazar sus datos actuales con la copia de seguridad del {when}?

Antes se hace una copia de sus datos actuales, para que pueda volver a ellos.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Could not restore the backup</source>
            <translation>No se pudo restaurar la copia de seguridad</translation>
        </message>
        <message>
            <source>The backup could not be restored: {reason}</source>
            <translation>No se pudo restaurar la copia de seguridad: {reason}</translation>
        </message>
        <message>
            <source>Backup restored.</source>
            <translation>Copia de seguridad restaurada.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <source>Documents for the packet</source>
            <translation>Documentos para el paquete</translation>
        </message>
        <message>
            <source>Attached documents</source>
            <translation>Documentos adjuntos</translation>
        </message>
        <message>
            <source>The EOBs, denial letters, receipts and photos that go into the packet</source>
            <translation>Las EOB, cartas de denegación, recibos y fotos que van en el paquete</translation>
        </message>
        <message>
            <source>Attach a document…</source>
            <translation>Adjuntar un documento…</translation>
        </message>
        <message>
            <source>Add a PDF or photo (EOB, denial letter, receipt...) to this case</source>
            <translation>Agregar un PDF o una foto (EOB, carta de denegación, recibo...) a este caso</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>Ninguno todavía.</translation>
        </message>
        <message>
            <source>about the visit of {date}</source>
            <translation>sobre la visita del {date}</translation>
        </message>
        <message>
            <source>about the pump or supplies</source>
            <translation>sobre el extractor o los suministros</translation>
        </message>
        <message>
            <source>about {visit}</source>
            <translation>sobre {visit}</translation>
        </message>
        <message>
            <source>Attach a document</source>
            <translation>Adjuntar un documento</translation>
        </message>
        <message>
            <source>PDF or photo (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
            <translation>PDF o foto (*.pdf *.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Not attached: {reason}</source>
            <translation>No se adjuntó: {reason}</translation>
        </message>
        <message>
            <source>Attached {title}: it goes into the packet.</source>
            <translation>Se adjuntó {title}: irá en el paquete.</translation>
        </message>
    </context>
    <context>
        <name>EmailSection</name>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>To send letters straight from the app, enter your email provider's outgoing mail (SMTP) settings. Your provider's help pages list them. Without this you can still use "Open in my mail app".</source>
            <translation>Para enviar cartas directamente desde la aplicación, escriba los datos del correo saliente (SMTP) de su proveedor de correo. Las páginas de ayuda de su proveedor los indican. Sin esto todavía puede usar "Abrir en mi aplicación de correo".</translation>
        </message>
        <message>
            <source>Mail server</source>
            <translation>Servidor de correo</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <source>Usually 587 or 465</source>
            <translation>Normalmente 587 o 465</translation>
        </message>
        <message>
            <source>STARTTLS (usually port 587)</source>
            <translation>STARTTLS (normalmente puerto 587)</translation>
        </message>
        <message>
            <source>SSL/TLS (usually port 465)</source>
            <translation>SSL/TLS (normalmente puerto 465)</translation>
        </message>
        <message>
            <source>None (not encrypted; only for a server on this computer)</source>
            <translation>Ninguna (sin cifrar; solo para un servidor en esta computadora)</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <source>How the connection is encrypted; your provider says which</source>
            <translation>Cómo se cifra la conexión; su proveedor le dice cuál</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>often your email address</source>
            <translation>muchas veces es su correo electrónico</translation>
        </message>
        <message>
            <source>From address</source>
            <translation>Dirección del remitente</translation>
        </message>
        <message>
            <source>you@example.com</source>
            <translation>usted@ejemplo.com</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Mail server (SMTP host)</source>
            <translation>Servidor de correo (host SMTP)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Keep these email settings</source>
            <translation>Guardar esta configuración de correo</translation>
        </message>
        <message>
            <source>Send test email</source>
            <translation>Enviar correo de prueba</translation>
        </message>
        <message>
            <source>Save, then send a short test email to your from address</source>
            <translation>Guardar, y enviar un correo corto de prueba a su dirección de remitente</translation>
        </message>
        <message>
            <source>Forget saved password</source>
            <translation>Olvidar la contraseña guardada</translation>
        </message>
        <message>
            <source>Remove the email password from this computer's keychain</source>
            <translation>Quitar la contraseña del correo del llavero de esta computadora</translation>
        </message>
        <message>
            <source>Email settings status</source>
            <translation>Estado de la configuración de correo</translation>
        </message>
        <message>
            <source>Looking for this computer's keychain…</source>
            <translation>Buscando el llavero de esta computadora…</translation>
        </message>
        <message>
            <source>(a password is kept in your keychain)</source>
            <translation>(hay una contraseña guardada en su llavero)</translation>
        </message>
        <message>
            <source>(no password kept yet)</source>
            <translation>(todavía no hay contraseña guardada)</translation>
        </message>
        <message>
            <source>The password is kept in this computer's keychain, never in the app's files. Leave it empty to keep the one already saved.</source>
            <translation>La contraseña se guarda en el llavero de esta computadora, nunca en los archivos de la aplicación. Déjela vacía para mantener la que ya está guardada.</translation>
        </message>
        <message>
            <source>This computer has no keychain the app can use, so the app will ask for your password each time it sends. It is never written to a file.</source>
            <translation>Esta computadora no tiene un llavero que la aplicación pueda usar, así que le pedirá su contraseña cada vez que envíe. Nunca se escribe en un archivo.</translation>
        </message>
        <message>
            <source>Type the mail server (for example smtp.gmail.com).</source>
            <translation>Escriba el servidor de correo (por ejemplo smtp.gmail.com).</translation>
        </message>
        <message>
            <source>Type your email address as the From address.</source>
            <translation>Escriba su correo electrónico como dirección del remitente.</translation>
        </message>
        <message>
            <source>The settings could not be saved: {error}</source>
            <translation>No se pudo guardar la configuración: {error}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>The password was not kept: {why}</source>
            <translation>La contraseña no se guardó: {why}</translation>
        </message>
        <message>
            <source>The password is in your keychain.</source>
            <translation>La contraseña está en su llavero.</translation>
        </message>
        <message>
            <source>The password could not be removed: {why}</source>
            <translation>No se pudo quitar la contraseña: {why}</translation>
        </message>
        <message>
            <source>The password was removed from your keychain; the app will ask for it.</source>
            <translation>Se quitó la contraseña de su llavero; la aplicación se la pedirá.</translation>
        </message>
        <message>
            <source>No test email was sent.</source>
            <translation>No se envió ningún correo de prueba.</translation>
        </message>
        <message>
            <source>Test email from Lactation Coverage Helper</source>
            <translation>Correo de prueba de Lactation Coverage Helper</translation>
        </message>
        <message>
            <source>This is a test. Your email settings work: letters can be sent from the app.</source>
            <translation>Esta es una prueba. Su configuración de correo funciona: se pueden enviar cartas desde la aplicación.</translation>
        </message>
        <message>
            <source>Sending a test email…</source>
            <translation>Enviando un correo de prueba…</translation>
        </message>
        <message>
            <source>The test email was not sent. {reason}</source>
            <translation>El correo de prueba no se envió. {reason}</translation>
        </message>
        <message>
            <source>Sent a test email to {address}. Check your inbox.</source>
            <translation>Se envió un correo de prueba a {address}. Revise su bandeja de entrada.</translation>
        </message>
    </context>
    <context>
        <name>EquipmentEditor</name>
        <message>
            <source>Edit equipment</source>
            <translation>Editar equipo</translation>
        </message>
        <message>
            <source>New equipment</source>
            <translation>Nuevo equipo</translation>
        </message>
        <message>
            <source>Save the equipment</source>
            <translation>Guardar el equipo</translation>
        </message>
    </context>
    <context>
        <name>ExplanationLabel</name>
        <message>
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
    </context>
    <context>
        <name>FactsForm</name>
        <message>
            <source>Facts the letter needs</source>
            <translation>Datos que necesita la carta</translation>
        </message>
        <message>
            <source>Where to find it: {where}</source>
            <translation>Dónde encontrarlo: {where}</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
    </context>
    <context>
        <name>FindingsView</name>
        <message>
            <source>Nothing found to act on. Add your visits and claims so the check can look at them.</source>
            <translation>No se encontró nada que hacer. Agregue sus visitas y reclamos para que la revisión los pueda ver.</translation>
        </message>
        <message>
            <source>No findings</source>
            <translation>Sin resultados</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>Lo que se encontró</translation>
        </message>
        <message>
            <source>Next step: {step}</source>
            <translation>Siguiente paso: {step}</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Siguiente paso</translation>
        </message>
        <message>
            <source>Due: {date} — {left}</source>
            <translation>Fecha límite: {date} — {left}</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Open letter</source>
            <translation>Abrir carta</translation>
        </message>
        <message>
            <source>Open letter: {kind}</source>
            <translation>Abrir carta: {kind}</translation>
        </message>
        <message>
            <source>Open the letter: {kind}</source>
            <translation>Abrir la carta: {kind}</translation>
        </message>
        <message>
            <source>Open the letter “{kind}”, filled in from your case</source>
            <translation>Abrir la carta “{kind}”, llena con los datos de su caso</translation>
        </message>
        <message>
            <source>Sources ({count})</source>
            <translation>Fuentes ({count})</translation>
        </message>
        <message>
            <source>Show the sources of this finding</source>
            <translation>Mostrar las fuentes de este resultado</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>What to do next</source>
            <translation>Qué hacer ahora</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>This app helps you get your health plan to pay for lactation support: a checklist of what to ask, a check of your visits and claims, a log of your calls, and letters when a claim is denied. Start by creating a case for your family.</source>
            <translation>Esta aplicación le ayuda a que su plan de salud pague el apoyo a la lactancia: una lista de qué preguntar, una revisión de sus visitas y reclamos, un registro de sus llamadas, y cartas cuando le niegan un reclamo. Empiece creando un caso para su familia.</translation>
        </message>
        <message>
            <source>Create my case</source>
            <translation>Crear mi caso</translation>
        </message>
        <message>
            <source>Start a case: your plan, your baby and your visits</source>
            <translation>Empezar un caso: su plan, su bebé y sus visitas</translation>
        </message>
        <message>
            <source>Use File &gt; New case to begin.</source>
            <translation>Use Archivo &gt; Nuevo caso para empezar.</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Nuevo caso</translation>
        </message>
        <message>
            <source>Open letter: {kind}</source>
            <translation>Abrir carta: {kind}</translation>
        </message>
        <message>
            <source>Open the letter “{kind}”, filled in from your case</source>
            <translation>Abrir la carta “{kind}”, llena con los datos de su caso</translation>
        </message>
        <message>
            <source>Add deadlines to my calendar</source>
            <translation>Agregar las fechas límite a mi calendario</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Archivos de calendario (*.ics)</translation>
        </message>
        <message>
            <source>Calendar file not saved</source>
            <translation>El archivo de calendario no se guardó</translation>
        </message>
        <message>
            <source>Calendar file saved</source>
            <translation>Archivo de calendario guardado</translation>
        </message>
        <message>
            <source>Open {name} with your calendar app to add the dates, with reminders.</source>
            <translation>Abra {name} con su aplicación de calendario para agregar las fechas, con recordatorios.</translation>
        </message>
        <message>
            <source>Appeal</source>
            <translation>Apelación</translation>
        </message>
        <message>
            <source>Ask for external review</source>
            <translation>Pedir una revisión externa</translation>
        </message>
        <message>
            <source>Ask for a fair hearing</source>
            <translation>Pedir una audiencia imparcial (fair hearing)</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>What's next</source>
            <translation>Qué sigue</translation>
        </message>
    </context>
    <context>
        <name>LanguageSection</name>
        <message>
            <source>Language / Idioma</source>
            <translation>Language / Idioma</translation>
        </message>
        <message>
            <source>Language of the app</source>
            <translation>Idioma de la aplicación</translation>
        </message>
        <message>
            <source>The language of the app's words. Idioma de la aplicación.</source>
            <translation>El idioma de las palabras de la aplicación. Language of the app.</translation>
        </message>
        <message>
            <source>Same as this computer ({language})</source>
            <translation>Igual que esta computadora ({language})</translation>
        </message>
        <message>
            <source>Letters to your plan or a regulator are always written in English, the language they read. In Spanish, the Letters page also shows a Spanish reading copy so you know what you send.</source>
            <translation>Las cartas a su plan o a una agencia siempre se escriben en inglés, el idioma que ellos leen. En español, la página Cartas también muestra una copia para leer en español, para que usted sepa qué envía.</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <source>Language not saved</source>
            <translation>El idioma no se guardó</translation>
        </message>
        <message>
            <source>The new language takes effect when you restart the app.</source>
            <translation>The new language takes effect when you restart the app.</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <source>Choose or create a case first: the letters are made from it.</source>
            <translation>Primero elija o cree un caso: las cartas se hacen con él.</translation>
        </message>
        <message>
            <source>No letter fits this case yet.</source>
            <translation>Todavía no hay una carta que sirva para este caso.</translation>
        </message>
        <message>
            <source>The letter's template has a problem (was it edited?): {error}</source>
            <translation>La plantilla de la carta tiene un problema (¿la editaron?): {error}</translation>
        </message>
        <message>
            <source>What you typed could not be kept: {error}</source>
            <translation>No se pudo guardar lo que escribió: {error}</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>impresa</translation>
        </message>
        <message>
            <source>saved as PDF</source>
            <translation>guardada como PDF</translation>
        </message>
        <message>
            <source>emailed</source>
            <translation>enviada por correo</translation>
        </message>
        <message>
            <source>opened in the mail app</source>
            <translation>abierta en la aplicación de correo</translation>
        </message>
        <message>
            <source>pasted into a web form</source>
            <translation>pegada en un formulario web</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Cartas</translation>
        </message>
        <message>
            <source>1. Choose the letter</source>
            <translation>1. Elija la carta</translation>
        </message>
        <message>
            <source>Letter to write</source>
            <translation>Carta que escribir</translation>
        </message>
        <message>
            <source>The letters that fit your case; the ones the checker suggests come first</source>
            <translation>Las cartas que sirven para su caso; primero las que sugiere la revisión</translation>
        </message>
        <message>
            <source>Which visit or pump is it about?</source>
            <translation>¿De qué visita o sacaleches se trata?</translation>
        </message>
        <message>
            <source>Visit or pump</source>
            <translation>Visita o sacaleches</translation>
        </message>
        <message>
            <source>Pick one visit or pump, or let the letter cover all that fit</source>
            <translation>Elija una visita o un sacaleches, o deje que la carta cubra todos los que correspondan</translation>
        </message>
        <message>
            <source>lactation visit</source>
            <translation>visita de lactancia</translation>
        </message>
        <message>
            <source>All the visits and pumps this letter is about</source>
            <translation>Todas las visitas y sacaleches de los que trata esta carta</translation>
        </message>
        <message>
            <source>Visit on {date} ({who})</source>
            <translation>Visita del {date} ({who})</translation>
        </message>
        <message>
            <source>Pump or supplies {code} on {date}</source>
            <translation>Sacaleches o accesorios {code} del {date}</translation>
        </message>
        <message>
            <source>claim {number}</source>
            <translation>reclamo {number}</translation>
        </message>
        <message>
            <source>Suggested for your case</source>
            <translation>Sugerida para su caso</translation>
        </message>
        <message>
            <source>Fill in the last blank first: the letter can be printed, saved or sent once it is complete.</source>
            <translation>Primero llene el último espacio en blanco: la carta se puede imprimir, guardar o enviar cuando esté completa.</translation>
        </message>
        <message>
            <source>Send to (email address)</source>
            <translation>Enviar a (correo electrónico)</translation>
        </message>
        <message>
            <source>Send to</source>
            <translation>Enviar a</translation>
        </message>
        <message>
            <source>The email address the letter goes to (for Email and Open in my mail app)</source>
            <translation>La dirección de correo electrónico a la que va la carta (para Correo electrónico y Abrir en mi aplicación de correo)</translation>
        </message>
        <message>
            <source>for example appeals@insurer.com</source>
            <translation>por ejemplo appeals@insurer.com</translation>
        </message>
        <message>
            <source>3. Print, save or send it</source>
            <translation>3. Imprímala, guárdela o envíela</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print the letter (opens a print preview)</source>
            <translation>Imprimir la carta (abre una vista previa)</translation>
        </message>
        <message>
            <source>Save the letter as a PDF file</source>
            <translation>Guardar la carta como archivo PDF</translation>
        </message>
        <message>
            <source>Save packet…</source>
            <translation>Guardar paquete…</translation>
        </message>
        <message>
            <source>Save one PDF with a cover sheet, this letter, the call log and the documents attached to the case</source>
            <translation>Guardar un solo PDF con una portada, esta carta, el registro de llamadas y los documentos adjuntos al caso</translation>
        </message>
        <message>
            <source>Send the letter from your email account (set up in Settings), PDF attached</source>
            <translation>Enviar la carta desde su cuenta de correo (configúrela en Configuración), con el PDF adjunto</translation>
        </message>
        <message>
            <source>Open in my mail app</source>
            <translation>Abrir en mi aplicación de correo</translation>
        </message>
        <message>
            <source>Start an email in your own mail app and save the PDF for you to attach</source>
            <translation>Empezar un correo en su propia aplicación de correo y guardarle el PDF para adjuntarlo</translation>
        </message>
        <message>
            <source>Copy text and open web form</source>
            <translation>Copiar el texto y abrir el formulario web</translation>
        </message>
        <message>
            <source>This agency takes complaints on its website: copy the letter and open the form</source>
            <translation>Esta agencia recibe quejas en su sitio web: copie la carta y abra el formulario</translation>
        </message>
        <message>
            <source>Edit template</source>
            <translation>Editar plantilla</translation>
        </message>
        <message>
            <source>Make your own copy of this letter's wording and open it; your copy is used from then on</source>
            <translation>Hacer su propia copia de las palabras de esta carta y abrirla; desde entonces se usa su copia</translation>
        </message>
        <message>
            <source>Why the letter cannot be sent yet</source>
            <translation>Por qué la carta todavía no se puede enviar</translation>
        </message>
        <message>
            <source>Fill in the {count} blanks first: the letter can be printed, saved or sent once it is complete.</source>
            <translation>Primero llene los {count} espacios en blanco: la carta se puede imprimir, guardar o enviar cuando esté completa.</translation>
        </message>
        <message>
            <source>Fill in what the letter needs first.</source>
            <translation>Primero llene lo que necesita la carta.</translation>
        </message>
        <message>
            <source>Still sending the last email; please wait.</source>
            <translation>Todavía se está enviando el último correo; espere, por favor.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <source>(It could not be added to the letter history: {error})</source>
            <translation>(No se pudo agregar al historial de cartas: {error})</translation>
        </message>
        <message>
            <source>2. Fill in what the letter needs</source>
            <translation>2. Llene lo que necesita la carta</translation>
        </message>
        <message>
            <source>Ask the plan to reverse the claim instead (care I did not receive)</source>
            <translation>Pedir al plan que anule el reclamo (atención que no recibí)</translation>
        </message>
        <message>
            <source>Write the reprocessing letter asking the plan to reverse the claim</source>
            <translation>Escribir la carta que pide al plan anular el reclamo</translation>
        </message>
        <message>
            <source>Some of what you typed cannot be used yet (see the form).</source>
            <translation>Algo de lo que escribió todavía no se puede usar (vea el formulario).</translation>
        </message>
        <message>
            <source>The letter needs a few more facts:</source>
            <translation>La carta necesita algunos datos más:</translation>
        </message>
        <message>
            <source>Please check: {problems}</source>
            <translation>Por favor revise: {problems}</translation>
        </message>
        <message>
            <source>{count} more to fill in before the letter can be made.</source>
            <translation>Faltan {count} datos por llenar antes de poder hacer la carta.</translation>
        </message>
        <message>
            <source>Letters made for this case</source>
            <translation>Cartas hechas para este caso</translation>
        </message>
        <message>
            <source>Letter history</source>
            <translation>Historial de cartas</translation>
        </message>
        <message>
            <source>Every letter made for this case: when, how, and to whom</source>
            <translation>Cada carta hecha para este caso: cuándo, cómo y a quién</translation>
        </message>
        <message>
            <source>No letters yet.</source>
            <translation>Todavía no hay cartas.</translation>
        </message>
        <message>
            <source>to {to}</source>
            <translation>a {to}</translation>
        </message>
        <message>
            <source>The letter as it will be printed, with 1 blank still to fill in (read-only)</source>
            <translation>La carta tal como se imprimirá, con 1 espacio en blanco por llenar (solo lectura)</translation>
        </message>
        <message>
            <source>No deadline is known for this letter.</source>
            <translation>No se conoce una fecha límite para esta carta.</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <source>Letter preview</source>
            <translation>Vista previa de la carta</translation>
        </message>
        <message>
            <source>The letter as it will be printed (read-only)</source>
            <translation>La carta como se va a imprimir (solo lectura)</translation>
        </message>
        <message>
            <source>Spanish reading copy</source>
            <translation>Copia para leer en español</translation>
        </message>
        <message>
            <source>What the letter says, in Spanish, for you to read; the letter sent is in English</source>
            <translation>Lo que dice la carta, en español, para que usted lo lea; la carta que se envía está en inglés</translation>
        </message>
        <message>
            <source>Letter and reading copy</source>
            <translation>Carta y copia para leer</translation>
        </message>
        <message>
            <source>Letter (sent in English)</source>
            <translation>Carta (se envía en inglés)</translation>
        </message>
        <message>
            <source>The letter as it will be printed, with {count} blanks still to fill in (read-only)</source>
            <translation>La carta tal como se imprimirá, con {count} espacios en blanco por llenar (solo lectura)</translation>
        </message>
        <message>
            <source>The reading copy is made when the letter is complete: fill in the highlighted blanks first.</source>
            <translation>La copia para leer se hace cuando la carta esté completa: primero llene los espacios en blanco resaltados.</translation>
        </message>
        <message>
            <source>Last day to file this appeal: {date}</source>
            <translation>Último día para presentar esta apelación: {date}</translation>
        </message>
        <message>
            <source>(up to {period} from the denial; {cite})</source>
            <translation>(hasta {period} desde la negativa; {cite})</translation>
        </message>
        <message>
            <source>({period} from the denial; {cite})</source>
            <translation>({period} desde la negativa; {cite})</translation>
        </message>
        <message>
            <source>The plan should answer within {time} ({cite}).</source>
            <translation>El plan debe contestar dentro de {time} ({cite}).</translation>
        </message>
        <message>
            <source>To: {name}</source>
            <translation>Para: {name}</translation>
        </message>
        <message>
            <source>Your own copy of this letter is in {folder}: {html} (print and PDF) and the .txt one (email and web form). Your copy is used from now on; the preview updates when you come back here.</source>
            <translation>Su propia copia de esta carta está en {folder}: {html} (para imprimir y PDF) y la de .txt (para correo y formulario web). Desde ahora se usa su copia; la vista previa se actualiza cuando vuelva aquí.</translation>
        </message>
        <message>
            <source>Open it with a text editor.</source>
            <translation>Ábrala con un editor de texto.</translation>
        </message>
        <message>
            <source>Could not copy the template: {error}</source>
            <translation>No se pudo copiar la plantilla: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Lactation Coverage Helper</source>
            <translation>Lactation Coverage Helper</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Family / case:</source>
            <translation>Familia / caso:</translation>
        </message>
        <message>
            <source>Family / case</source>
            <translation>Familia / caso</translation>
        </message>
        <message>
            <source>Choose which family's case the pages show</source>
            <translation>Elija el caso de qué familia muestran las páginas</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Choose a page with the arrow keys</source>
            <translation>Elija una página con las flechas</translation>
        </message>
        <message>
            <source>Pages (Ctrl+1, Ctrl+2, … jump to a page)</source>
            <translation>Páginas (Ctrl+1, Ctrl+2, … van a una página)</translation>
        </message>
        <message>
            <source>Some pages could not be opened because of an error in the app.</source>
            <translation>Algunas páginas no se pudieron abrir por un error de la aplicación.</translation>
        </message>
        <message>
            <source>No case yet: File &gt; New case</source>
            <translation>Todavía no hay caso: Archivo &gt; Nuevo caso</translation>
        </message>
        <message>
            <source>Untitled case</source>
            <translation>Caso sin nombre</translation>
        </message>
        <message>
            <source>Choose a case</source>
            <translation>Elija un caso</translation>
        </message>
        <message>
            <source>Case saved.</source>
            <translation>Caso guardado.</translation>
        </message>
        <message>
            <source>Case files (*.json);;All files (*)</source>
            <translation>Archivos de caso (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Rename case</source>
            <translation>Cambiar el nombre del caso</translation>
        </message>
        <message>
            <source>Import case</source>
            <translation>Importar caso</translation>
        </message>
        <message>
            <source>Export case</source>
            <translation>Exportar caso</translation>
        </message>
        <message>
            <source>Delete case?</source>
            <translation>¿Borrar el caso?</translation>
        </message>
        <message>
            <source>Case imported</source>
            <translation>Caso importado</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>No hay nada que exportar</translation>
        </message>
        <message>
            <source>There is no case yet. Use File &gt; New case first.</source>
            <translation>Todavía no hay caso. Primero use Archivo &gt; Nuevo caso.</translation>
        </message>
        <message>
            <source>New name for the case “{name}”:</source>
            <translation>Nuevo nombre para el caso “{name}”:</translation>
        </message>
        <message>
            <source>Could not rename the case</source>
            <translation>No se pudo cambiar el nombre del caso</translation>
        </message>
        <message>
            <source>Case renamed to “{name}”.</source>
            <translation>El caso ahora se llama “{name}”.</translation>
        </message>
        <message>
            <source>Could not delete the case</source>
            <translation>No se pudo borrar el caso</translation>
        </message>
        <message>
            <source>Case “{name}” deleted. A backup was kept.</source>
            <translation>Se borró el caso “{name}”. Se guardó una copia de seguridad.</translation>
        </message>
        <message>
            <source>Could not import the case</source>
            <translation>No se pudo importar el caso</translation>
        </message>
        <message>
            <source>Case imported from {path}.</source>
            <translation>Caso importado de {path}.</translation>
        </message>
        <message>
            <source>The case was imported. The app does not know these fields; they were kept as they are:

</source>
            <translation>El caso se importó. La aplicación no conoce estos campos; se guardaron tal como estaban:

</translation>
        </message>
        <message>
            <source>Could not export the case</source>
            <translation>No se pudo exportar el caso</translation>
        </message>
        <message>
            <source>Case saved to {path}.</source>
            <translation>Caso guardado en {path}.</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>… y {n} más.</translation>
        </message>
        <message>
            <source>Delete the case “{name}” with its visits, calls, letters and checklist ticks?

A backup of your data is made first: to bring the case back, open Settings &gt; Your data, choose that backup and press Restore.</source>
            <translation>¿Borrar el caso “{name}” con sus visitas, llamadas, cartas y pasos marcados?

Antes se hace una copia de seguridad de sus datos: para recuperar el caso, abra Configuración &gt; Sus datos, elija esa copia y presione Restaurar.</translation>
        </message>
        <message>
            <source>This file is not a case file the app can use. Nothing was changed.

</source>
            <translation>Este archivo no es un archivo de caso que la aplicación pueda usar. No se cambió nada.

</translation>
        </message>
        <message>
            <source>The new name could not be saved: {reason}</source>
            <translation>No se pudo guardar el nuevo nombre: {reason}</translation>
        </message>
        <message>
            <source>Nothing was deleted: {reason}</source>
            <translation>No se borró nada: {reason}</translation>
        </message>
        <message>
            <source>The file {path} could not be read: {reason}</source>
            <translation>No se pudo leer el archivo {path}: {reason}</translation>
        </message>
        <message>
            <source>The file {path} could not be written: {reason}</source>
            <translation>No se pudo escribir el archivo {path}: {reason}</translation>
        </message>
        <message>
            <source>The backup {name} could not be restored: {reason}</source>
            <translation>No se pudo restaurar la copia de seguridad {name}: {reason}</translation>
        </message>
        <message>
            <source>About Lactation Coverage Helper</source>
            <translation>Acerca de Lactation Coverage Helper</translation>
        </message>
        <message>
            <source>Everywhere:</source>
            <translation>En todas partes:</translation>
        </message>
        <message>
            <source>Tab and Shift+Tab move between fields; arrow keys choose in lists; Enter presses the highlighted button; Escape closes a window; Alt + an underlined letter presses that button or opens that menu.</source>
            <translation>Tab y Shift+Tab pasan de un campo a otro; las flechas eligen en las listas; Enter presiona el botón resaltado; Escape cierra una ventana; Alt + una letra subrayada presiona ese botón o abre ese menú.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Information, not legal advice</source>
            <translation>Información, no asesoría legal</translation>
        </message>
        <message>
            <source>This app gives information, not legal advice. It explains the rules it cites and helps you write to your plan, but it cannot know every detail of your plan. Check what it says against your plan papers, and for legal advice ask a lawyer or your state's consumer assistance program.</source>
            <translation>Esta aplicación da información, no asesoría legal. Explica las reglas que cita y le ayuda a escribirle a su plan, pero no puede saber cada detalle de su plan. Compare lo que dice con los papeles de su plan, y para asesoría legal consulte a un abogado o al programa de asistencia al consumidor de su estado.</translation>
        </message>
        <message>
            <source>On this page:</source>
            <translation>En esta página:</translation>
        </message>
        <message>
            <source>Lactation Coverage Helper {version}

Helps families get their health plan to pay for lactation support: a checklist, a coverage check, a log of calls to the insurer, and letters.

Your data stays on this computer, in {folder}.

This app gives information, not legal advice.</source>
            <translation>Lactation Coverage Helper {version}

Ayuda a las familias a que su plan de salud pague el apoyo a la lactancia: una lista de pasos, una revisión de cobertura, un registro de llamadas a la aseguradora, y cartas.

Sus datos se quedan en esta computadora, en {folder}.

Esta aplicación da información, no asesoría legal.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>&amp;Nuevo caso…</translation>
        </message>
        <message>
            <source>Start a case for another family or child</source>
            <translation>Empezar un caso para otra familia u otro bebé</translation>
        </message>
        <message>
            <source>&amp;Import case…</source>
            <translation>&amp;Importar caso…</translation>
        </message>
        <message>
            <source>Add a case from a case file (.json)</source>
            <translation>Agregar un caso desde un archivo de caso (.json)</translation>
        </message>
        <message>
            <source>&amp;Export case…</source>
            <translation>&amp;Exportar caso…</translation>
        </message>
        <message>
            <source>Save the current case as a file to share or keep</source>
            <translation>Guardar el caso actual como archivo para compartirlo o guardarlo</translation>
        </message>
        <message>
            <source>&amp;Rename case…</source>
            <translation>&amp;Cambiar el nombre del caso…</translation>
        </message>
        <message>
            <source>Change the name the case has in the case list</source>
            <translation>Cambiar el nombre que tiene el caso en la lista de casos</translation>
        </message>
        <message>
            <source>&amp;Delete case…</source>
            <translation>&amp;Borrar caso…</translation>
        </message>
        <message>
            <source>Remove the current case (a backup of your data is kept first)</source>
            <translation>Quitar el caso actual (antes se guarda una copia de seguridad de sus datos)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Close the app</source>
            <translation>Cerrar la aplicación</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>The keys that work on this page and everywhere</source>
            <translation>Las teclas que funcionan en esta página y en todas partes</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;Acerca de</translation>
        </message>
        <message>
            <source>Version and purpose of the app</source>
            <translation>Versión y propósito de la aplicación</translation>
        </message>
        <message>
            <source>This app gives information, not legal advice</source>
            <translation>Esta aplicación da información, no asesoría legal</translation>
        </message>
        <message>
            <source>What this app can and cannot do for you</source>
            <translation>Lo que esta aplicación puede y no puede hacer por usted</translation>
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Cerrar aviso</translation>
        </message>
        <message>
            <source>Hide this notice</source>
            <translation>Ocultar este aviso</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateField</name>
        <message>
            <source>{name}: known</source>
            <translation>{name}: se sabe</translation>
        </message>
        <message>
            <source>Tick when you know this date</source>
            <translation>Marque cuando sepa esta fecha</translation>
        </message>
    </context>
    <context>
        <name>PageArea</name>
        <message>
            <source>Go to {page}</source>
            <translation>Ir a {page}</translation>
        </message>
        <message>
            <source>This page could not be opened because of an error in the app.</source>
            <translation>Esta página no se pudo abrir por un error de la aplicación.</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Email password</source>
            <translation>Contraseña del correo</translation>
        </message>
        <message>
            <source>Type the password for {account}. It is used to send this email only.</source>
            <translation>Escriba la contraseña de {account}. Se usa solo para enviar este correo.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Some providers (Gmail, Outlook, iCloud) need an app password here</source>
            <translation>Algunos proveedores (Gmail, Outlook, iCloud) necesitan aquí una contraseña de aplicación</translation>
        </message>
        <message>
            <source>Remember it in this computer's keychain</source>
            <translation>Recordarla en el llavero de esta computadora</translation>
        </message>
        <message>
            <source>Kept by your operating system's password store, never in the app's files</source>
            <translation>La guarda el almacén de contraseñas de su sistema, nunca los archivos de la aplicación</translation>
        </message>
        <message>
            <source>This computer has no keychain the app can use, so it will ask again next time. The password is never written to a file.</source>
            <translation>Esta computadora no tiene un llavero que la aplicación pueda usar, así que se la pedirá otra vez la próxima vez. La contraseña nunca se escribe en un archivo.</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Use this password and send</source>
            <translation>Usar esta contraseña y enviar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Do not send now</source>
            <translation>No enviar ahora</translation>
        </message>
    </context>
    <context>
        <name>PlanFinderButton</name>
        <message>
            <source>Help me find my plan type…</source>
            <translation>Ayúdame a saber qué tipo de plan tengo…</translation>
        </message>
        <message>
            <source>Answer a few plain questions to find which kind of plan you have</source>
            <translation>Responda unas preguntas sencillas para saber qué tipo de plan tiene</translation>
        </message>
    </context>
    <context>
        <name>PlanFinderDialog</name>
        <message>
            <source>Find your plan type</source>
            <translation>Saber qué tipo de plan tiene</translation>
        </message>
        <message>
            <source>A few plain questions pick the kind of plan. "I don't know" is always a fine answer: the app says what it will assume and how to find out.</source>
            <translation>Unas preguntas sencillas eligen el tipo de plan. "No lo sé" siempre es una buena respuesta: la aplicación le dice qué supondrá y cómo averiguarlo.</translation>
        </message>
        <message>
            <source>Use this plan type</source>
            <translation>Usar este tipo de plan</translation>
        </message>
        <message>
            <source>Put the plan type found into the plan and save it</source>
            <translation>Poner en el plan el tipo encontrado y guardarlo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close without changing the plan (Escape)</source>
            <translation>Cerrar sin cambiar el plan (Escape)</translation>
        </message>
    </context>
    <context>
        <name>PlanFinderWidget</name>
        <message>
            <source>Previous question</source>
            <translation>Pregunta anterior</translation>
        </message>
        <message>
            <source>Go back one question and answer it again</source>
            <translation>Volver una pregunta atrás y responderla de nuevo</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Answer the questions again from the first one</source>
            <translation>Responder las preguntas otra vez desde la primera</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Página {page} de {total}</translation>
        </message>
    </context>
    <context>
        <name>PushbackCardView</name>
        <message>
            <source>If they say: “{words}”</source>
            <translation>Si le dicen: “{words}”</translation>
        </message>
        <message>
            <source>You say: “{words}”</source>
            <translation>Usted dice: “{words}”</translation>
        </message>
        <message>
            <source>Answer to give</source>
            <translation>Respuesta que dar</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>Problems to fix</source>
            <translation>Problemas que corregir</translation>
        </message>
        <message>
            <source>Save and check the coverage again</source>
            <translation>Guardar y revisar la cobertura otra vez</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Cerrar sin guardar</translation>
        </message>
        <message>
            <source>Please fix: </source>
            <translation>Por favor corrija: </translation>
        </message>
    </context>
    <context>
        <name>RecoveryBanner</name>
        <message>
            <source>Data recovery notice</source>
            <translation>Aviso de recuperación de datos</translation>
        </message>
        <message>
            <source>Your saved data could not be read, so the app started with an empty file. Nothing was deleted: the unreadable file was kept here:
{path}</source>
            <translation>Sus datos guardados no se pudieron leer, así que la aplicación empezó con un archivo vacío. No se borró nada: el archivo que no se pudo leer se guardó aquí:
{path}</translation>
        </message>
        <message>
            <source>A backup made when the app last opened can be restored: {name}</source>
            <translation>Se puede restaurar una copia de seguridad hecha la última vez que se abrió la aplicación: {name}</translation>
        </message>
        <message>
            <source>No backup was found to restore.</source>
            <translation>No se encontró ninguna copia de seguridad que restaurar.</translation>
        </message>
        <message>
            <source>Important: </source>
            <translation>Importante: </translation>
        </message>
        <message>
            <source>Data recovery message</source>
            <translation>Mensaje de recuperación de datos</translation>
        </message>
        <message>
            <source>Restore newest backup</source>
            <translation>Restaurar la copia más reciente</translation>
        </message>
        <message>
            <source>Replace the current (empty) data with the newest backup</source>
            <translation>Reemplazar los datos actuales (vacíos) con la copia de seguridad más reciente</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <source>Show the folder that holds the unreadable file</source>
            <translation>Mostrar la carpeta que tiene el archivo que no se pudo leer</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Cerrar aviso</translation>
        </message>
        <message>
            <source>Hide this notice</source>
            <translation>Ocultar este aviso</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
    </context>
    <context>
        <name>SettingsSection</name>
        <message>
            <source>Your data</source>
            <translation>Sus datos</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Set up your case</source>
            <translation>Prepare su caso</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Nuevo caso</translation>
        </message>
        <message>
            <source>Tell the app about you, your health plan and your baby, in four short steps. Only the fields marked * are needed to start. Everything stays on this computer.</source>
            <translation>Cuéntele a la aplicación sobre usted, su plan de salud y su bebé, en cuatro pasos cortos. Para empezar solo hacen falta los campos marcados con *. Todo se queda en esta computadora.</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Usted</translation>
        </message>
        <message>
            <source>Your plan</source>
            <translation>Su plan</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Problems to fix</source>
            <translation>Problemas que corregir</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Go to the previous step (Alt+B)</source>
            <translation>Ir al paso anterior (Alt+A)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>Go to the next step (Enter)</source>
            <translation>Ir al paso siguiente (Intro)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save this case and start (Enter)</source>
            <translation>Guardar este caso y empezar (Enter)</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close without saving (Escape)</source>
            <translation>Cerrar sin guardar (Escape)</translation>
        </message>
        <message>
            <source>Step {number} of {total}: {title}</source>
            <translation>Paso {number} de {total}: {title}</translation>
        </message>
        <message>
            <source>You: {name}</source>
            <translation>Usted: {name}</translation>
        </message>
        <message>
            <source>Plan: {kind}</source>
            <translation>Plan: {kind}</translation>
        </message>
        <message>
            <source>Baby: {name}</source>
            <translation>Bebé: {name}</translation>
        </message>
        <message>
            <source>You can change any of this later on the Coverage page.</source>
            <translation>Puede cambiar todo esto más tarde en la página Cobertura.</translation>
        </message>
        <message>
            <source>Your baby</source>
            <translation>Su bebé</translation>
        </message>
        <message>
            <source>{field} is needed.</source>
            <translation>Se necesita {field}.</translation>
        </message>
        <message>
            <source>Email: write the whole address, like name@example.org.</source>
            <translation>Correo electrónico: escriba la dirección completa, como nombre@ejemplo.org.</translation>
        </message>
    </context>
    <context>
        <name>SetupSteps</name>
        <message>
            <source>You (the person the plan covers)</source>
            <translation>Usted (la persona que cubre el plan)</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Your full name, as on your insurance card</source>
            <translation>Su nombre completo, como en su tarjeta del seguro</translation>
        </message>
        <message>
            <source>Member ID</source>
            <translation>Número de miembro</translation>
        </message>
        <message>
            <source>The member or subscriber ID on your insurance card</source>
            <translation>El número de miembro o de suscriptor en su tarjeta del seguro</translation>
        </message>
        <message>
            <source>Group number</source>
            <translation>Número de grupo</translation>
        </message>
        <message>
            <source>The group number on your insurance card, if it has one</source>
            <translation>El número de grupo en su tarjeta del seguro, si tiene uno</translation>
        </message>
        <message>
            <source>Choose your state…</source>
            <translation>Elija su estado…</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>The state or territory where you live; it decides who takes complaints</source>
            <translation>El estado o territorio donde vive; decide quién recibe las quejas</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Your phone number, for letters</source>
            <translation>Su número de teléfono, para las cartas</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Your email address, for letters</source>
            <translation>Su correo electrónico, para las cartas</translation>
        </message>
        <message>
            <source>Street
City, State ZIP</source>
            <translation>Calle
Ciudad, Estado Código postal</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Your mailing address, for letters (two lines)</source>
            <translation>Su dirección postal, para las cartas (dos líneas)</translation>
        </message>
        <message>
            <source>Which kind of plan? A few questions</source>
            <translation>¿Qué tipo de plan? Unas preguntas</translation>
        </message>
        <message>
            <source>Your health plan</source>
            <translation>Su plan de salud</translation>
        </message>
        <message>
            <source>Choose the kind of plan…</source>
            <translation>Elija el tipo de plan…</translation>
        </message>
        <message>
            <source>Kind of plan</source>
            <translation>Tipo de plan</translation>
        </message>
        <message>
            <source>Who pays for your plan decides which rules apply. The questions above fill this in; "I don't know" is fine.</source>
            <translation>Quién paga su plan decide qué reglas se aplican. Las preguntas de arriba lo completan; "No lo sé" está bien.</translation>
        </message>
        <message>
            <source>Insurance company</source>
            <translation>Compañía de seguros</translation>
        </message>
        <message>
            <source>The name on your insurance card, for example Blue Cross and Blue Shield of New Mexico</source>
            <translation>El nombre en su tarjeta del seguro, por ejemplo Blue Cross and Blue Shield of New Mexico</translation>
        </message>
        <message>
            <source>Grandfathered plan?</source>
            <translation>¿Plan con derechos adquiridos (grandfathered)?</translation>
        </message>
        <message>
            <source>Whether the plan is "grandfathered" (older than March 23, 2010 and not changed since in the ways the rule lists)</source>
            <translation>Si el plan tiene "derechos adquiridos" (grandfathered: es de antes del 23 de marzo de 2010 y no ha cambiado desde entonces en las formas que dice la regla)</translation>
        </message>
        <message>
            <source>Plan name</source>
            <translation>Nombre del plan</translation>
        </message>
        <message>
            <source>The plan's name, for example Blue Preferred PPO (on the card or the plan papers)</source>
            <translation>El nombre del plan, por ejemplo Blue Preferred PPO (en la tarjeta o en los papeles del plan)</translation>
        </message>
        <message>
            <source>Insurer's lactation policy</source>
            <translation>Política de lactancia de la aseguradora</translation>
        </message>
        <message>
            <source>The insurer's published policy on lactation support, if the app knows it</source>
            <translation>La política publicada de la aseguradora sobre el apoyo a la lactancia, si la aplicación la conoce</translation>
        </message>
        <message>
            <source>Your baby</source>
            <translation>Su bebé</translation>
        </message>
        <message>
            <source>Baby's name</source>
            <translation>Nombre del bebé</translation>
        </message>
        <message>
            <source>Your baby's first name (or a nickname)</source>
            <translation>El primer nombre de su bebé (o un apodo)</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>The day your baby was born; open the calendar with Alt+Down</source>
            <translation>El día en que nació su bebé; abra el calendario con Alt+Flecha abajo</translation>
        </message>
        <message>
            <source>Not born yet, or I'll add the date later</source>
            <translation>Todavía no nace, o agregaré la fecha después</translation>
        </message>
        <message>
            <source>Leave the birth date empty for now</source>
            <translation>Dejar vacía la fecha de nacimiento por ahora</translation>
        </message>
        <message>
            <source>Number of babies</source>
            <translation>Número de bebés</translation>
        </message>
        <message>
            <source>1 for one baby, 2 for twins, and so on</source>
            <translation>1 para un bebé, 2 para gemelos, y así</translation>
        </message>
        <message>
            <source>This case</source>
            <translation>Este caso</translation>
        </message>
        <message>
            <source>Name for this case</source>
            <translation>Nombre de este caso</translation>
        </message>
        <message>
            <source>How this case is listed in the "Family / case" switcher, for example "Ana and Leo"</source>
            <translation>Cómo aparece este caso en el selector "Familia / caso", por ejemplo "Ana y Leo"</translation>
        </message>
        <message>
            <source>(required)</source>
            <translation>(obligatorio)</translation>
        </message>
    </context>
    <context>
        <name>SourceView</name>
        <message>
            <source>Source: {where}</source>
            <translation>Fuente: {where}</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Show the words</source>
            <translation>Mostrar la cita</translation>
        </message>
        <message>
            <source>Show the quoted words of this source</source>
            <translation>Mostrar las palabras citadas de esta fuente (en inglés)</translation>
        </message>
        <message>
            <source>Show the exact words this rests on</source>
            <translation>Mostrar las palabras exactas en que se basa (en inglés)</translation>
        </message>
        <message>
            <source>Quoted words</source>
            <translation>Cita (en inglés)</translation>
        </message>
        <message>
            <source>Hide the words</source>
            <translation>Ocultar la cita</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>In short: {quote}</source>
            <translation>En resumen (en inglés): {quote}</translation>
        </message>
    </context>
    <context>
        <name>VisitEditor</name>
        <message>
            <source>Edit visit</source>
            <translation>Editar visita</translation>
        </message>
        <message>
            <source>New visit</source>
            <translation>Nueva visita</translation>
        </message>
        <message>
            <source>Save the visit</source>
            <translation>Guardar la visita</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Your data could not be opened: {reason}</source>
            <translation>No se pudieron abrir sus datos: {reason}</translation>
        </message>
    </context>
    <context>
        <name>cls</name>
        <message>
            <source>Checklist</source>
            <translation>Lista de pasos</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cobertura</translation>
        </message>
        <message>
            <source>What's next</source>
            <translation>Qué sigue</translation>
        </message>
    </context>
    <context>
        <name>owner</name>
        <message>
            <source>Go to: {field}</source>
            <translation>Ir a: {field}</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>Call not saved</source>
            <translation>La llamada no se guardó</translation>
        </message>
        <message>
            <source>The call could not be saved: {error}</source>
            <translation>No se pudo guardar la llamada: {error}</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Action needed</source>
            <translation>Hay que actuar</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Good to know</source>
            <translation>Bueno saber</translation>
        </message>
    </context>
    <context>
        <name>CallCommands</name>
        <message>
            <source>Add call {0}</source>
            <translation>Agregar llamada {0}</translation>
        </message>
        <message>
            <source>Edit call {0}</source>
            <translation>Editar llamada {0}</translation>
        </message>
        <message>
            <source>Delete call {0}</source>
            <translation>Borrar llamada {0}</translation>
        </message>
    </context>
    <context>
        <name>ClaimStageFields</name>
        <message>
            <source>Kind of reason</source>
            <translation>Tipo de razón</translation>
        </message>
        <message>
            <source>What the denial is about: the letters answer this reason</source>
            <translation>De qué trata la negativa: las cartas contestan esta razón</translation>
        </message>
        <message>
            <source>Letters answer only the reason you choose here. Not sure? Choose 'Another reason': the letter asks the plan which rule it used.</source>
            <translation>Las cartas contestan solo la razón que elija aquí. ¿No está segura? Elija 'Otra razón': la carta pregunta al plan qué regla usó.</translation>
        </message>
        <message>
            <source>Use this</source>
            <translation>Usar esta</translation>
        </message>
        <message>
            <source>Use the suggested kind of reason</source>
            <translation>Usar el tipo de razón sugerido</translation>
        </message>
        <message>
            <source>Sets the kind of reason to the one the plan's words usually mean</source>
            <translation>Pone el tipo de razón que suelen significar las palabras del plan</translation>
        </message>
        <message>
            <source>Appeal sent on</source>
            <translation>Apelación enviada el</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <source>The day you sent your appeal (or request to reconsider)</source>
            <translation>El día en que envió su apelación (o su pedido de reconsideración)</translation>
        </message>
        <message>
            <source>Final decision on the appeal</source>
            <translation>Decisión final sobre la apelación</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decidida</translation>
        </message>
        <message>
            <source>The date of the plan's letter that kept its denial</source>
            <translation>La fecha de la carta del plan que mantuvo la negativa</translation>
        </message>
        <message>
            <source>Outside review asked for on</source>
            <translation>Revisión externa pedida el</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>Pedida</translation>
        </message>
        <message>
            <source>External review, State fair hearing or OPM review</source>
            <translation>Revisión externa, audiencia imparcial estatal o revisión de la OPM</translation>
        </message>
        <message>
            <source>Outside review decided on</source>
            <translation>Revisión externa decidida el</translation>
        </message>
        <message>
            <source>The date of the outside review's decision</source>
            <translation>La fecha de la decisión de la revisión externa</translation>
        </message>
        <message>
            <source>This reason usually means: {kind}</source>
            <translation>Esta razón suele significar: {kind}</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>Sin elegir todavía</translation>
        </message>
    </context>
    <context>
        <name>DocumentKinds</name>
        <message>
            <source>Explanation of benefits (EOB)</source>
            <translation>Explicación de beneficios (EOB)</translation>
        </message>
        <message>
            <source>Denial letter</source>
            <translation>Carta de denegación</translation>
        </message>
        <message>
            <source>Superbill or receipt</source>
            <translation>Factura detallada (superbill) o recibo</translation>
        </message>
        <message>
            <source>Prescription or referral</source>
            <translation>Receta o remisión</translation>
        </message>
        <message>
            <source>Letter of medical necessity</source>
            <translation>Carta de necesidad médica</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Otro documento</translation>
        </message>
    </context>
    <context>
        <name>EmailDelivery</name>
        <message>
            <source>Set up your email account first: Settings, then Email. Or use "Open in my mail app".</source>
            <translation>Primero configure su cuenta de correo: Configuración, y luego Correo electrónico. O use "Abrir en mi aplicación de correo".</translation>
        </message>
        <message>
            <source>Type the email address to send the letter to in "Send to" (for example appeals@insurer.com).</source>
            <translation>Escriba en "Enviar a" la dirección de correo a la que se envía la carta (por ejemplo appeals@insurer.com).</translation>
        </message>
        <message>
            <source>Not sent: no password was given.</source>
            <translation>No se envió: no se dio una contraseña.</translation>
        </message>
        <message>
            <source>Sent the letter to {to}, with the PDF attached.</source>
            <translation>Se envió la carta a {to}, con el PDF adjunto.</translation>
        </message>
        <message>
            <source>Could not make the PDF</source>
            <translation>No se pudo hacer el PDF</translation>
        </message>
        <message>
            <source>(The password was not remembered: {why})</source>
            <translation>(La contraseña no se recordó: {why})</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>No se envió: {reason}</translation>
        </message>
        <message>
            <source>Not sent. {reason} Your letter is kept: you can try again, or save it as a PDF.</source>
            <translation>No se envió. {reason} Su carta se guarda: puede intentarlo otra vez, o guardarla como PDF.</translation>
        </message>
    </context>
    <context>
        <name>MailAppDelivery</name>
        <message>
            <source>Your mail app should now show the email. Attach the PDF from the folder that opened ({path}), then send it. The text is also copied, in case your mail app cut it short.</source>
            <translation>Su aplicación de correo debería mostrar ahora el correo. Adjunte el PDF de la carpeta que se abrió ({path}) y envíelo. El texto también se copió, por si su aplicación de correo lo cortó.</translation>
        </message>
        <message>
            <source>No mail app opened (is one set up on this computer?). The PDF is saved as {path} and the letter text is copied: write the email yourself and attach the PDF.</source>
            <translation>No se abrió ninguna aplicación de correo (¿hay una configurada en esta computadora?). El PDF se guardó como {path} y el texto de la carta se copió: escriba el correo usted misma y adjunte el PDF.</translation>
        </message>
    </context>
    <context>
        <name>PacketDelivery</name>
        <message>
            <source>Save the packet as PDF</source>
            <translation>Guardar el paquete como PDF</translation>
        </message>
        <message>
            <source>Choose a case first.</source>
            <translation>Primero elija un caso.</translation>
        </message>
        <message>
            <source>Not saved: no file was chosen.</source>
            <translation>No se guardó: no se eligió ningún archivo.</translation>
        </message>
        <message>
            <source>Saved the packet as {path}: cover sheet, letter, call log and the documents attached to this case ({count} in the case).</source>
            <translation>Se guardó el paquete como {path}: portada, carta, registro de llamadas y los documentos adjuntos a este caso ({count} en el caso).</translation>
        </message>
        <message>
            <source>Could not save the packet</source>
            <translation>No se pudo guardar el paquete</translation>
        </message>
    </context>
    <context>
        <name>PdfDelivery</name>
        <message>
            <source>Save the letter as PDF</source>
            <translation>Guardar la carta como PDF</translation>
        </message>
        <message>
            <source>Saved the letter as {path}.</source>
            <translation>Se guardó la carta como {path}.</translation>
        </message>
    </context>
    <context>
        <name>PlanChoices</name>
        <message>
            <source>How to find out: your insurance card and plan papers usually say what kind of plan it is. For a job-based plan, whether it is self-funded or fully insured is written in the Summary Plan Description (SPD); you can also ask your employer's HR or benefits office.</source>
            <translation>Cómo averiguarlo: su tarjeta del seguro y los papeles del plan normalmente dicen qué tipo de plan es. En un plan del trabajo, si es autofinanciado (self-funded) o totalmente asegurado (fully insured) lo dice la Descripción Resumida del Plan (Summary Plan Description, SPD); también puede preguntar en recursos humanos o en la oficina de beneficios de su empleador.</translation>
        </message>
        <message>
            <source>A grandfathered plan is one that was in force on March 23, 2010 and has not changed in the ways the rule lists (45 CFR 147.140). A grandfathered plan must say so in its plan materials (45 CFR 147.140(a)(2)). If your plan papers do not say, or you are not sure, choose "I don't know".</source>
            <translation>Un plan con derechos adquiridos (grandfathered) es uno que estaba vigente el 23 de marzo de 2010 y no ha cambiado en las formas que dice la regla (45 CFR 147.140). Un plan así debe decirlo en sus materiales (45 CFR 147.140(a)(2)). Si los papeles de su plan no lo dicen, o no está segura, elija "No sé".</translation>
        </message>
        <message>
            <source>Some insurers publish a policy on how they pay for lactation support and breast pumps. If yours is listed, the app checks your claims against it. If not, choose "Not listed / I don't know": the federal rules still apply.</source>
            <translation>Algunas aseguradoras publican una política sobre cómo pagan el apoyo a la lactancia y los sacaleches. Si la suya está en la lista, la aplicación revisa sus reclamos con ella. Si no, elija "No está en la lista / No sé": las reglas federales siguen aplicando.</translation>
        </message>
        <message>
            <source>Without the insurer's policy, the app checks the federal rules and your plan type.</source>
            <translation>Sin la política de la aseguradora, la aplicación revisa las reglas federales y su tipo de plan.</translation>
        </message>
        <message>
            <source>Job-based plan bought from an insurance company (fully insured)</source>
            <translation>Plan del trabajo comprado a una compañía de seguros (totalmente asegurado)</translation>
        </message>
        <message>
            <source>Your employer (or your partner's) buys the plan from an insurance company, and the insurance company pays the claims.</source>
            <translation>Su empleador (o el de su pareja) compra el plan a una compañía de seguros, y la compañía de seguros paga los reclamos.</translation>
        </message>
        <message>
            <source>Job-based plan paid by the employer itself (self-funded)</source>
            <translation>Plan del trabajo pagado por el mismo empleador (autofinanciado)</translation>
        </message>
        <message>
            <source>The employer pays the claims from its own money. An insurance company may only handle the paperwork, so its name can still be on your card.</source>
            <translation>El empleador paga los reclamos con su propio dinero. Una compañía de seguros puede encargarse solo del papeleo, así que su nombre puede aparecer en su tarjeta.</translation>
        </message>
        <message>
            <source>Marketplace plan (HealthCare.gov or your state's marketplace)</source>
            <translation>Plan del mercado de seguros (HealthCare.gov o el mercado de su estado)</translation>
        </message>
        <message>
            <source>A plan you bought yourself through HealthCare.gov or your state's marketplace.</source>
            <translation>Un plan que usted compró por HealthCare.gov o por el mercado de seguros de su estado.</translation>
        </message>
        <message>
            <source>Other plan you bought yourself</source>
            <translation>Otro plan que usted compró</translation>
        </message>
        <message>
            <source>A plan you bought directly from an insurance company or through a broker, not through the marketplace.</source>
            <translation>Un plan que usted compró directamente a una compañía de seguros o por medio de un agente, no por el mercado de seguros.</translation>
        </message>
        <message>
            <source>Medicaid through a health plan (managed care)</source>
            <translation>Medicaid por medio de un plan de salud (atención administrada)</translation>
        </message>
        <message>
            <source>Medicaid (for example Medi-Cal) where a health plan, such as Health Net or Central California Alliance for Health, runs your care and gives you its card.</source>
            <translation>Medicaid (por ejemplo Medi-Cal) en que un plan de salud, como Health Net o Central California Alliance for Health, maneja su cuidado y le da su tarjeta.</translation>
        </message>
        <message>
            <source>Medicaid paid directly by the state (fee-for-service)</source>
            <translation>Medicaid pagado directamente por el estado (pago por servicio)</translation>
        </message>
        <message>
            <source>Medicaid where the state pays your providers itself, with no separate health plan.</source>
            <translation>Medicaid en que el estado paga a sus proveedores directamente, sin un plan de salud aparte.</translation>
        </message>
        <message>
            <source>CHIP (Children's Health Insurance Program)</source>
            <translation>CHIP (Programa de Seguro Médico para Niños)</translation>
        </message>
        <message>
            <source>Your state's Children's Health Insurance Program.</source>
            <translation>El Programa de Seguro Médico para Niños (CHIP) de su estado.</translation>
        </message>
        <message>
            <source>Federal employee plan (FEHB)</source>
            <translation>Plan de empleados federales (FEHB)</translation>
        </message>
        <message>
            <source>A plan from the Federal Employees Health Benefits program, for federal workers and their families.</source>
            <translation>Un plan del programa Federal Employees Health Benefits (FEHB), para trabajadores federales y sus familias.</translation>
        </message>
        <message>
            <source>TRICARE (military)</source>
            <translation>TRICARE (militar)</translation>
        </message>
        <message>
            <source>The health program for service members, retirees and their families.</source>
            <translation>El programa de salud para miembros del servicio militar, jubilados y sus familias.</translation>
        </message>
        <message>
            <source>Short-term plan</source>
            <translation>Plan de corto plazo</translation>
        </message>
        <message>
            <source>Short-term, limited-duration insurance: a temporary plan, often for a few months.</source>
            <translation>Seguro de corto plazo y duración limitada: un plan temporal, muchas veces por unos meses.</translation>
        </message>
        <message>
            <source>I don't know</source>
            <translation>No sé</translation>
        </message>
        <message>
            <source>That's fine. The app will tell you what to check, and you can change this once you know.</source>
            <translation>Está bien. La aplicación le dirá qué revisar, y puede cambiar esto cuando lo sepa.</translation>
        </message>
        <message>
            <source>Not listed / I don't know</source>
            <translation>No está en la lista / No sé</translation>
        </message>
        <message>
            <source>The app does not have {insurer}'s policy, so it checks the federal rules and your plan type. Ask {insurer} in writing for {ask_for}.</source>
            <translation>La aplicación no tiene la política de {insurer}, así que revisa las reglas federales y su tipo de plan. Pida a {insurer} por escrito {ask_for}.</translation>
        </message>
        <message>
            <source>{name}, {date}. Policies change: read the current one at {url} (the app's copy was read on {read_on}).</source>
            <translation>{name}, {date}. Las políticas cambian: lea la versión vigente en {url} (la copia de la aplicación se leyó el {read_on}).</translation>
        </message>
    </context>
    <context>
        <name>PlanFinder</name>
        <message>
            <source>Does your insurance card say Medicaid, Medi-Cal or CHIP?</source>
            <translation>¿Su tarjeta del seguro dice Medicaid, Medi-Cal o CHIP?</translation>
        </message>
        <message>
            <source>Does the card also name a health plan?</source>
            <translation>¿La tarjeta también nombra un plan de salud?</translation>
        </message>
        <message>
            <source>Where did you get this plan?</source>
            <translation>¿Dónde consiguió este plan?</translation>
        </message>
        <message>
            <source>Is the employer a state or local government?</source>
            <translation>¿El empleador es un gobierno estatal o local?</translation>
        </message>
        <message>
            <source>Who pays the claims: an insurance company, or the employer itself (self-funded)?</source>
            <translation>¿Quién paga las reclamaciones: una compañía de seguros o el propio empleador (autofinanciado)?</translation>
        </message>
        <message>
            <source>Is it a short-term plan?</source>
            <translation>¿Es un plan de corto plazo?</translation>
        </message>
        <message>
            <source>Look at the front of the card. Some states give Medicaid its own name, such as Medi-Cal, Apple Health or MassHealth: that counts as Medicaid.</source>
            <translation>Mire el frente de la tarjeta. Algunos estados le dan a Medicaid su propio nombre, como Medi-Cal, Apple Health o MassHealth: eso cuenta como Medicaid.</translation>
        </message>
        <message>
            <source>When a health plan runs your Medicaid care, its name and logo are on the card, for example Health Net or Central California Alliance for Health.</source>
            <translation>Cuando un plan de salud administra su atención de Medicaid, su nombre y logotipo están en la tarjeta, por ejemplo Health Net o Central California Alliance for Health.</translation>
        </message>
        <message>
            <source>Think of who signed you up. A plan from your partner's or parent's job counts as a job plan.</source>
            <translation>Piense en quién le inscribió. Un plan del trabajo de su pareja o de su padre o madre cuenta como plan de trabajo.</translation>
        </message>
        <message>
            <source>For example a state agency, a county or city, a public school district or a public university. Federal jobs have their own answer (FEHB).</source>
            <translation>Por ejemplo, una agencia estatal, un condado o una ciudad, un distrito escolar público o una universidad pública. Los trabajos federales tienen su propia respuesta (FEHB).</translation>
        </message>
        <message>
            <source>How to tell: on a self-funded plan the card or papers often say "self-funded", "administered by" or "claims administrator" next to the insurer's name. The Summary Plan Description (SPD) says how the plan is funded. Or ask HR or the benefits office: "Is our health plan fully insured or self-funded?"</source>
            <translation>Cómo saberlo: en un plan autofinanciado, la tarjeta o los papeles suelen decir "self-funded" (autofinanciado), "administered by" (administrado por) o "claims administrator" (administrador de reclamaciones) junto al nombre de la aseguradora. El Resumen de la Descripción del Plan (SPD) dice cómo se financia el plan. O pregunte a Recursos Humanos o a la oficina de beneficios: "¿Nuestro plan de salud está totalmente asegurado o es autofinanciado?"</translation>
        </message>
        <message>
            <source>Short-term plans last a few months; their papers say "short-term" or "limited-duration" near the start.</source>
            <translation>Los planes de corto plazo duran unos meses; sus papeles dicen "short-term" (corto plazo) o "limited-duration" (duración limitada) cerca del principio.</translation>
        </message>
        <message>
            <source>Yes: Medicaid or Medi-Cal (or my state's name for it)</source>
            <translation>Sí: Medicaid o Medi-Cal (o el nombre que le da mi estado)</translation>
        </message>
        <message>
            <source>Yes: CHIP</source>
            <translation>Sí: CHIP</translation>
        </message>
        <message>
            <source>No, neither</source>
            <translation>No, ninguno</translation>
        </message>
        <message>
            <source>Yes, a health plan's name is on it</source>
            <translation>Sí, tiene el nombre de un plan de salud</translation>
        </message>
        <message>
            <source>No, only the state's program</source>
            <translation>No, solo el programa del estado</translation>
        </message>
        <message>
            <source>Through a job (mine or a family member's)</source>
            <translation>Por un trabajo (el mío o el de un familiar)</translation>
        </message>
        <message>
            <source>Through a union</source>
            <translation>Por un sindicato</translation>
        </message>
        <message>
            <source>A federal government job (FEHB)</source>
            <translation>Un trabajo del gobierno federal (FEHB)</translation>
        </message>
        <message>
            <source>The military (TRICARE)</source>
            <translation>Las fuerzas armadas (TRICARE)</translation>
        </message>
        <message>
            <source>HealthCare.gov or my state's marketplace</source>
            <translation>HealthCare.gov o el mercado de seguros de mi estado</translation>
        </message>
        <message>
            <source>I bought it myself from an insurer or a broker</source>
            <translation>Lo compré yo a una aseguradora o a un agente</translation>
        </message>
        <message>
            <source>My state's Medicaid or CHIP office</source>
            <translation>La oficina de Medicaid o CHIP de mi estado</translation>
        </message>
        <message>
            <source>Yes, a state or local government</source>
            <translation>Sí, un gobierno estatal o local</translation>
        </message>
        <message>
            <source>No, a company or a non-profit</source>
            <translation>No, una empresa o una organización sin fines de lucro</translation>
        </message>
        <message>
            <source>An insurance company (fully insured)</source>
            <translation>Una compañía de seguros (totalmente asegurado)</translation>
        </message>
        <message>
            <source>The employer or the union (self-funded)</source>
            <translation>El empleador o el sindicato (autofinanciado)</translation>
        </message>
        <message>
            <source>Yes, short-term</source>
            <translation>Sí, de corto plazo</translation>
        </message>
        <message>
            <source>The app will assume a Medicaid health plan (managed care), the way most people get Medicaid. To find out: call the member services number on your card and ask whether a health plan or the state pays your claims.</source>
            <translation>La aplicación supondrá un plan de salud de Medicaid (atención administrada), que es como la mayoría recibe Medicaid. Para averiguarlo: llame al número de servicios para miembros de su tarjeta y pregunte si sus reclamaciones las paga un plan de salud o el estado.</translation>
        </message>
        <message>
            <source>The app will keep the plan type as "I don't know": it uses the earliest deadlines so none is missed, and tells you what to check. To find out: call the member services number on your card and ask what kind of plan it is.</source>
            <translation>La aplicación dejará el tipo de plan como "No lo sé": usa los plazos más tempranos para que no se pierda ninguno y le dice qué revisar. Para averiguarlo: llame al número de servicios para miembros de su tarjeta y pregunte qué tipo de plan es.</translation>
        </message>
        <message>
            <source>The app will keep the plan type as "I don't know" and use the earliest deadlines. To find out: read the Summary Plan Description (SPD) or ask HR: "Is our health plan fully insured or self-funded?"</source>
            <translation>La aplicación dejará el tipo de plan como "No lo sé" y usará los plazos más tempranos. Para averiguarlo: lea el Resumen de la Descripción del Plan (SPD) o pregunte a Recursos Humanos: "¿Nuestro plan de salud está totalmente asegurado o es autofinanciado?"</translation>
        </message>
        <message>
            <source>The app will assume a regular plan you bought yourself, not a short-term one. To find out: look for the words "short-term" or "limited-duration" on the first page of your policy.</source>
            <translation>La aplicación supondrá un plan normal que usted compró, no uno de corto plazo. Para averiguarlo: busque las palabras "short-term" o "limited-duration" en la primera página de su póliza.</translation>
        </message>
        <message>
            <source>Your employer is a state or local government.</source>
            <translation>Su empleador es un gobierno estatal o local.</translation>
        </message>
        <message>
            <source>Your plan type: {label}.</source>
            <translation>Su tipo de plan: {label}.</translation>
        </message>
    </context>
    <context>
        <name>PortalDelivery</name>
        <message>
            <source>The letter text is copied, but this letter names no web form to open.</source>
            <translation>El texto de la carta se copió, pero esta carta no indica ningún formulario web que abrir.</translation>
        </message>
        <message>
            <source>The letter text is copied. Paste it into the form that opened in your browser ({url}).</source>
            <translation>El texto de la carta se copió. Péguelo en el formulario que se abrió en su navegador ({url}).</translation>
        </message>
        <message>
            <source>The letter text is copied, but the web browser did not open. Open this page yourself and paste the text there: {url}</source>
            <translation>El texto de la carta se copió, pero el navegador no se abrió. Abra usted esta página y pegue el texto allí: {url}</translation>
        </message>
    </context>
    <context>
        <name>PrintDelivery</name>
        <message>
            <source>The printer reported an error. Check that it is on and has paper, then try again.</source>
            <translation>La impresora reportó un error. Revise que esté encendida y tenga papel, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Sent the letter to the printer.</source>
            <translation>Se envió la carta a la impresora.</translation>
        </message>
        <message>
            <source>Nothing was printed.</source>
            <translation>No se imprimió nada.</translation>
        </message>
        <message>
            <source>Could not open printing: {why}</source>
            <translation>No se pudo abrir la impresión: {why}</translation>
        </message>
    </context>
    <context>
        <name>StartNotices</name>
        <message>
            <source>Your data is read-only</source>
            <translation>Sus datos son de solo lectura</translation>
        </message>
        <message>
            <source>The app did not close properly last time, so it opened without a case: choose one under “Family / case” above.</source>
            <translation>La aplicación no se cerró bien la última vez, así que se abrió sin un caso: elija uno en “Familia / caso”, arriba.</translation>
        </message>
        <message>
            <source>Your data folder cannot be written ({reason}), so your data was opened read-only: you can read everything, but changes cannot be saved.</source>
            <translation>No se puede escribir en su carpeta de datos ({reason}), así que sus datos se abrieron solo para leer: puede verlo todo, pero los cambios no se pueden guardar.</translation>
        </message>
        <message>
            <source>{details} Close the app, free some space or fix the folder, and open it again.</source>
            <translation>{details} Cierre la aplicación, libere espacio o arregle la carpeta, y ábrala de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>coverage</name>
        <message>
            <source>no codes</source>
            <translation>sin códigos</translation>
        </message>
    </context>
    <context>
        <name>home</name>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
    </context>
</TS>
