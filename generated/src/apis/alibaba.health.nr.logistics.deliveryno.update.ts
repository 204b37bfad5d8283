// Generated from specs/drug/alibaba.health.nr.logistics.deliveryno.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.nr.logistics.deliveryno.update` (上传订单同城快递单号). */
export interface AlibabaHealthNrLogisticsDeliverynoUpdateRequest {
  /** 订单ID */
  order_id: Int64Input;
  /** 快递公司代码 */
  cp_code: string;
  /** 快递单号 */
  courier_no: string;
  /** 是否强制上传，1代表强制，其他值代表需要进行cp_code合法性校验 */
  force?: Int64Input;
}

/** Response of `alibaba.health.nr.logistics.deliveryno.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthNrLogisticsDeliverynoUpdateResponse {
  /** 更新成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  cp_code: 'String',
  courier_no: 'String',
  force: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.nr.logistics.deliveryno.update`: method, response root, request and response schemas. */
export const alibabaHealthNrLogisticsDeliverynoUpdateOperation = {
  method: 'alibaba.health.nr.logistics.deliveryno.update',
  responseRoot: 'alibaba_health_nr_logistics_deliveryno_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传订单同城快递单号 — calls TOP method `alibaba.health.nr.logistics.deliveryno.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthNrLogisticsDeliverynoUpdate(
  client: TopClient,
  request: AlibabaHealthNrLogisticsDeliverynoUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaHealthNrLogisticsDeliverynoUpdateResponse> {
  return client.call<AlibabaHealthNrLogisticsDeliverynoUpdateResponse>(
    {
      method: 'alibaba.health.nr.logistics.deliveryno.update',
      responseRoot: 'alibaba_health_nr_logistics_deliveryno_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
