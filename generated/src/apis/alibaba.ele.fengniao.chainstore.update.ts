// Generated from specs/logistic/alibaba.ele.fengniao.chainstore.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.fengniao.chainstore.update` (修改门店信息接口). */
export interface AlibabaEleFengniaoChainstoreUpdateRequest {
  /** 入参 */
  param?: AlibabaEleFengniaoChainstoreUpdateParamInput;
}

/** Response of `alibaba.ele.fengniao.chainstore.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleFengniaoChainstoreUpdateResponse {
  /** 出参 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Param` of `alibaba.ele.fengniao.chainstore.update`. */
export interface AlibabaEleFengniaoChainstoreUpdateParamInput {
  /** 经纬度来源。1-腾讯，2-百度，3-高德 */
  position_source?: Int64Input;
  /** 文本地址 */
  address?: string;
  /** 门店名字 */
  chain_store_name?: string;
  /** 门店code */
  chain_store_code?: string;
  /** 联系手机 */
  contact_phone?: string;
  /** 经度 */
  longitude?: string;
  /** appid */
  app_id?: string;
  /** 纬度 */
  latitude?: string;
  /** 商户code */
  merchant_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    position_source: 'Number',
    address: 'String',
    chain_store_name: 'String',
    chain_store_code: 'String',
    contact_phone: 'String',
    longitude: 'String',
    app_id: 'String',
    latitude: 'String',
    merchant_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.fengniao.chainstore.update`: method, response root, request and response schemas. */
export const alibabaEleFengniaoChainstoreUpdateOperation = {
  method: 'alibaba.ele.fengniao.chainstore.update',
  responseRoot: 'alibaba_ele_fengniao_chainstore_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改门店信息接口 — calls TOP method `alibaba.ele.fengniao.chainstore.update`.
 *
 * 修改门店的经纬度，文本地址，电话，门店名
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleFengniaoChainstoreUpdate(
  client: TopClient,
  request: AlibabaEleFengniaoChainstoreUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaEleFengniaoChainstoreUpdateResponse> {
  return client.call<AlibabaEleFengniaoChainstoreUpdateResponse>(
    {
      method: 'alibaba.ele.fengniao.chainstore.update',
      responseRoot: 'alibaba_ele_fengniao_chainstore_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
