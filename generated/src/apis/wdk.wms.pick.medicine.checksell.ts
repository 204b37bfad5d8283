// Generated from specs/wdk/wdk.wms.pick.medicine.checksell.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.wms.pick.medicine.checksell` (联营商药品柜核销). */
export interface WdkWmsPickMedicineChecksellRequest {
  /** 从二维码扫描出的信息 */
  uuid?: string;
  /** shopId */
  shop_id?: Int64Input;
}

/** Response of `wdk.wms.pick.medicine.checksell`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkWmsPickMedicineChecksellResponse {
  /** result */
  result?: WdkWmsPickMedicineChecksellMedicineResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MedicineResultDto` of `wdk.wms.pick.medicine.checksell`. */
export interface WdkWmsPickMedicineChecksellMedicineResultDto {
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  uuid: 'String',
  shop_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `wdk.wms.pick.medicine.checksell`: method, response root, request and response schemas. */
export const wdkWmsPickMedicineChecksellOperation = {
  method: 'wdk.wms.pick.medicine.checksell',
  responseRoot: 'wdk_wms_pick_medicine_checksell_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 联营商药品柜核销 — calls TOP method `wdk.wms.pick.medicine.checksell`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkWmsPickMedicineChecksell(
  client: TopClient,
  request: WdkWmsPickMedicineChecksellRequest = {},
  options?: CallOptions,
): Promise<WdkWmsPickMedicineChecksellResponse> {
  return client.call<WdkWmsPickMedicineChecksellResponse>(
    {
      method: 'wdk.wms.pick.medicine.checksell',
      responseRoot: 'wdk_wms_pick_medicine_checksell_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
