// Generated from specs/alihealth2/alibaba.alihealth.dental.item.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.dental.item.bind` (ISV绑定外部门店id和外部商品id). */
export interface AlibabaAlihealthDentalItemBindRequest {
  /**
   * bind_list
   *
   * Max list size: 20
   */
  bind_list: AlibabaAlihealthDentalItemBindStoreItemRelRequestInput[];
  /** 类型 1 天猫门店 2 支付宝门店 */
  type: Int64Input;
}

/** Response of `alibaba.alihealth.dental.item.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDentalItemBindResponse {
  /** result */
  result?: AlibabaAlihealthDentalItemBindMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreItemRelRequest` of `alibaba.alihealth.dental.item.bind`. */
export interface AlibabaAlihealthDentalItemBindStoreItemRelRequestInput {
  /** ISV门店ID */
  sp_store_id: string;
  /** ISV商品ID */
  sp_item_id: string;
  /** 商品ID */
  item_id: Int64Input;
  /** 门店ID */
  store_id: Int64Input;
  /** 是否支持夜诊所，0不支持，1支持 */
  night?: Int64Input;
}

/** `MtopResult` of `alibaba.alihealth.dental.item.bind`. */
export interface AlibabaAlihealthDentalItemBindMtopResult {
  /** model */
  store_item_rel_vo_list?: AlibabaAlihealthDentalItemBindStoreItemRelVo[];
  /** 200 */
  msg_code?: string;
  /** 成功 */
  msg_info?: string;
  /** true */
  success?: boolean;
}

/** `StoreItemRelVo` of `alibaba.alihealth.dental.item.bind`. */
export interface AlibabaAlihealthDentalItemBindStoreItemRelVo {
  /** isvm商品ID */
  sp_item_id?: string;
  /** isv门店ID */
  sp_store_id?: string;
  /** 绑定ID */
  bind_id?: Int64;
}

const REQUEST_SCHEMA = {
  bind_list: [
    {
      sp_store_id: 'String',
      sp_item_id: 'String',
      item_id: 'Number',
      store_id: 'Number',
      night: 'Number',
    },
  ],
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    store_item_rel_vo_list: [
      {
        sp_item_id: 'String',
        sp_store_id: 'String',
        bind_id: 'Number',
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.dental.item.bind`: method, response root, request and response schemas. */
export const alibabaAlihealthDentalItemBindOperation = {
  method: 'alibaba.alihealth.dental.item.bind',
  responseRoot: 'alibaba_alihealth_dental_item_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV绑定外部门店id和外部商品id — calls TOP method `alibaba.alihealth.dental.item.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDentalItemBind(
  client: TopClient,
  request: AlibabaAlihealthDentalItemBindRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDentalItemBindResponse> {
  return client.call<AlibabaAlihealthDentalItemBindResponse>(
    {
      method: 'alibaba.alihealth.dental.item.bind',
      responseRoot: 'alibaba_alihealth_dental_item_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
