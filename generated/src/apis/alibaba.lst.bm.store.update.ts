// Generated from specs/lstbm/alibaba.lst.bm.store.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.bm.store.update` (修改品牌商自有门店数据). */
export interface AlibabaLstBmStoreUpdateRequest {
  /** 门店数据模型 */
  open_store_dto: AlibabaLstBmStoreUpdateLstTopOpenStoreDtoInput;
}

/** Response of `alibaba.lst.bm.store.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstBmStoreUpdateResponse {
  /** true表示执行成功，false表示执行失败 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LstTopOpenStoreDto` of `alibaba.lst.bm.store.update`. */
export interface AlibabaLstBmStoreUpdateLstTopOpenStoreDtoInput {
  /** 店主的手机号 */
  phone: string;
  /** 门店名称，最大长度512字符 */
  store_name: string;
  /** 企业自定义的门店二级类别，最大长度512字符 */
  second_category?: string;
  /** 企业自定义门店id，最大长度128字符 */
  store_id?: string;
  /** 企业自定义的门店一级类别，最大长度512字符 */
  primary_category?: string;
  /** 营业执照上的经营者名称，最大长度256字符 */
  license_owner?: string;
  /** 详细地址，最大长度512字符 */
  addr: string;
  /** 市 */
  city: string;
  /** 区 */
  area: string;
  /** 营业执照编号，最大长度256字符 */
  license_no?: string;
  /** 店主姓名，最大长度256字符 */
  name: string;
  /** 省 */
  province: string;
  /** 区县内的街道 */
  town?: string;
}

const REQUEST_SCHEMA = {
  open_store_dto: {
    phone: 'String',
    store_name: 'String',
    second_category: 'String',
    store_id: 'String',
    primary_category: 'String',
    license_owner: 'String',
    addr: 'String',
    city: 'String',
    area: 'String',
    license_no: 'String',
    name: 'String',
    province: 'String',
    town: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.bm.store.update`: method, response root, request and response schemas. */
export const alibabaLstBmStoreUpdateOperation = {
  method: 'alibaba.lst.bm.store.update',
  responseRoot: 'alibaba_lst_bm_store_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改品牌商自有门店数据 — calls TOP method `alibaba.lst.bm.store.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstBmStoreUpdate(
  client: TopClient,
  request: AlibabaLstBmStoreUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaLstBmStoreUpdateResponse> {
  return client.call<AlibabaLstBmStoreUpdateResponse>(
    {
      method: 'alibaba.lst.bm.store.update',
      responseRoot: 'alibaba_lst_bm_store_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
