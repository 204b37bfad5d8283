// Generated from specs/logistic/taobao.logistics.address.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.address.add` (卖家地址库新增接口). */
export interface TaobaoLogisticsAddressAddRequest {
  /** 联系人姓名 长度不可超过20个字节 */
  contact_name: string;
  /** 所在省 */
  province: string;
  /** 所在市 */
  city: string;
  /**
   * 区、县
   *
   * 如果所在地区是海外的可以为空，否则为必参
   */
  country?: string;
  /** 详细街道地址，不需要重复填写省/市/区 */
  addr: string;
  /**
   * 地区邮政编码
   *
   * 如果所在地区是海外的可以为空，否则为必参
   */
  zip_code?: string;
  /** 电话号码,手机与电话必需有一个 */
  phone?: string;
  /**
   * 手机号码，手机与电话必需有一个
   *
   * 手机号码不能超过20位
   */
  mobile_phone?: string;
  /**
   * 公司名称,
   * 公司名称长能不能超过20字节
   *
   * Max length: 20
   */
  seller_company?: string;
  /**
   * 备注,
   * 备注不能超过256字节
   *
   * Max length: 256
   */
  memo?: string;
  /**
   * 默认取货地址。
   *
   * 选择此项(true)，将当前地址设为默认取货地址，撤消原默认取货地址
   */
  get_def?: boolean;
  /**
   * 默认退货地址。
   *
   * 选择此项(true)，将当前地址设为默认退货地址，撤消原默认退货地址
   */
  cancel_def?: boolean;
}

/** Response of `taobao.logistics.address.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsAddressAddResponse {
  /** 只返回修改日期modify_date */
  address_result?: TaobaoLogisticsAddressAddAddressResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddressResult` of `taobao.logistics.address.add`. */
export interface TaobaoLogisticsAddressAddAddressResult {
  /** 修改日期时间 */
  modify_date?: string;
}

const REQUEST_SCHEMA = {
  contact_name: 'String',
  province: 'String',
  city: 'String',
  country: 'String',
  addr: 'String',
  zip_code: 'String',
  phone: 'String',
  mobile_phone: 'String',
  seller_company: 'String',
  memo: 'String',
  get_def: 'Boolean',
  cancel_def: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  address_result: {
    modify_date: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.address.add`: method, response root, request and response schemas. */
export const taobaoLogisticsAddressAddOperation = {
  method: 'taobao.logistics.address.add',
  responseRoot: 'logistics_address_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家地址库新增接口 — calls TOP method `taobao.logistics.address.add`.
 *
 * 通过此接口新增卖家地址库,卖家最多可添加5条地址库,新增第一条卖家地址，将会自动设为默认地址库
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsAddressAdd(
  client: TopClient,
  request: TaobaoLogisticsAddressAddRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsAddressAddResponse> {
  return client.call<TaobaoLogisticsAddressAddResponse>(
    {
      method: 'taobao.logistics.address.add',
      responseRoot: 'logistics_address_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
