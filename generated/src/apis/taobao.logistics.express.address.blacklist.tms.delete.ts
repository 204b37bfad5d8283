// Generated from specs/ascp/taobao.logistics.express.address.blacklist.tms.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.address.blacklist.tms.delete` (上门取退可揽范围黑名单删除接口). */
export interface TaobaoLogisticsExpressAddressBlacklistTmsDeleteRequest {
  /** 上门取退可揽范围黑名单删除 */
  address_blacklist_delete_request: TaobaoLogisticsExpressAddressBlacklistTmsDeleteAddressBlacklistDeleteRequestInput;
}

/** Response of `taobao.logistics.express.address.blacklist.tms.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressAddressBlacklistTmsDeleteResponse {
  /** 返回值 */
  address_blacklist_delete_response?: TaobaoLogisticsExpressAddressBlacklistTmsDeleteAddressBlacklistDeleteResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddressBlacklistDeleteRequest` of `taobao.logistics.express.address.blacklist.tms.delete`. */
export interface TaobaoLogisticsExpressAddressBlacklistTmsDeleteAddressBlacklistDeleteRequestInput {
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 时间戳（毫秒） */
  request_time: Int64Input;
  /** 服务商ID */
  supplier_id: string;
  /** 配资源编码 */
  delivery_code: string;
  /** 服务类型：1-上门取退 */
  service_type: string;
  /** 能力：1-上门取退 */
  ability_type: string;
  /** 服务范围地址类型：1-行政地址；2-电子围栏 */
  service_scope_type: string;
  /** 如果传入为行政地址，行政地址传入类型 1- 菜鸟地址库ID 传入 2- 中文地址传入 */
  address_type?: string;
  /** 行政地址id（菜鸟地址库id） */
  address_ids?: string[];
  /** 中文地址信息 */
  address_names?: TaobaoLogisticsExpressAddressBlacklistTmsDeleteAddressNamesInput[];
  /** 电子围栏外部ID（服务商配资源下必须全局唯一） */
  region_code?: string;
}

/** `AddressNames` of `taobao.logistics.express.address.blacklist.tms.delete`. */
export interface TaobaoLogisticsExpressAddressBlacklistTmsDeleteAddressNamesInput {
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区 */
  area?: string;
  /** 街道 */
  town?: string;
}

/** `AddressBlacklistDeleteResponse` of `taobao.logistics.express.address.blacklist.tms.delete`. */
export interface TaobaoLogisticsExpressAddressBlacklistTmsDeleteAddressBlacklistDeleteResponse {
  /** 系统成功失败 true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 是否可重试 */
  is_retry?: boolean;
}

const REQUEST_SCHEMA = {
  address_blacklist_delete_request: {
    request_id: 'String',
    request_time: 'Number',
    supplier_id: 'String',
    delivery_code: 'String',
    service_type: 'String',
    ability_type: 'String',
    service_scope_type: 'String',
    address_type: 'String',
    address_ids: ['String'],
    address_names: [
      {
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
      },
    ],
    region_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  address_blacklist_delete_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    is_retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.address.blacklist.tms.delete`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressAddressBlacklistTmsDeleteOperation = {
  method: 'taobao.logistics.express.address.blacklist.tms.delete',
  responseRoot: 'logistics_express_address_blacklist_tms_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上门取退可揽范围黑名单删除接口 — calls TOP method `taobao.logistics.express.address.blacklist.tms.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressAddressBlacklistTmsDelete(
  client: TopClient,
  request: TaobaoLogisticsExpressAddressBlacklistTmsDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressAddressBlacklistTmsDeleteResponse> {
  return client.call<TaobaoLogisticsExpressAddressBlacklistTmsDeleteResponse>(
    {
      method: 'taobao.logistics.express.address.blacklist.tms.delete',
      responseRoot: 'logistics_express_address_blacklist_tms_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
