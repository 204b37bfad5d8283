// Generated from specs/alihealth2/alibaba.alihealth.reserve.dental.bindshopanditem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.reserve.dental.bindshopanditem` (绑定门店信息，商品信息). */
export interface AlibabaAlihealthReserveDentalBindshopanditemRequest {
  /**
   * bind_list
   *
   * Max list size: 20
   */
  bind_list: AlibabaAlihealthReserveDentalBindshopanditemBindDTOInput[];
}

/** Response of `alibaba.alihealth.reserve.dental.bindshopanditem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthReserveDentalBindshopanditemResponse {
  /** result */
  result?: AlibabaAlihealthReserveDentalBindshopanditemResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BindDTO` of `alibaba.alihealth.reserve.dental.bindshopanditem`. */
export interface AlibabaAlihealthReserveDentalBindshopanditemBindDTOInput {
  /** sp(服务商)门店ID */
  sp_store_id: string;
  /** sp(服务商)商品ID */
  sp_item_id: string;
  /** 天猫商品ID */
  item_id: Int64Input;
  /** 天猫门店ID */
  store_id: Int64Input;
}

/** `Result` of `alibaba.alihealth.reserve.dental.bindshopanditem`. */
export interface AlibabaAlihealthReserveDentalBindshopanditemResult {
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  bind_list: [
    {
      sp_store_id: 'String',
      sp_item_id: 'String',
      item_id: 'Number',
      store_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_message: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.reserve.dental.bindshopanditem`: method, response root, request and response schemas. */
export const alibabaAlihealthReserveDentalBindshopanditemOperation = {
  method: 'alibaba.alihealth.reserve.dental.bindshopanditem',
  responseRoot: 'alibaba_alihealth_reserve_dental_bindshopanditem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 绑定门店信息，商品信息 — calls TOP method `alibaba.alihealth.reserve.dental.bindshopanditem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthReserveDentalBindshopanditem(
  client: TopClient,
  request: AlibabaAlihealthReserveDentalBindshopanditemRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthReserveDentalBindshopanditemResponse> {
  return client.call<AlibabaAlihealthReserveDentalBindshopanditemResponse>(
    {
      method: 'alibaba.alihealth.reserve.dental.bindshopanditem',
      responseRoot: 'alibaba_alihealth_reserve_dental_bindshopanditem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
