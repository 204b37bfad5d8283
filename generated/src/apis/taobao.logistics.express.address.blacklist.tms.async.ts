// Generated from specs/ascp/taobao.logistics.express.address.blacklist.tms.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.address.blacklist.tms.async` (上门取退可揽范围黑名单同步/更新). */
export interface TaobaoLogisticsExpressAddressBlacklistTmsAsyncRequest {
  /** 上门取退可揽范围黑名 */
  address_blacklist_request: TaobaoLogisticsExpressAddressBlacklistTmsAsyncAddressBlacklistRequestInput;
}

/** Response of `taobao.logistics.express.address.blacklist.tms.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressAddressBlacklistTmsAsyncResponse {
  /** 返回值 */
  address_blacklist_response?: TaobaoLogisticsExpressAddressBlacklistTmsAsyncAddressBlacklistResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddressBlacklistRequest` of `taobao.logistics.express.address.blacklist.tms.async`. */
export interface TaobaoLogisticsExpressAddressBlacklistTmsAsyncAddressBlacklistRequestInput {
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 时间戳（毫秒） */
  request_time: Int64Input;
  /** 服务商ID */
  supplier_id: string;
  /** 配资源编码 */
  delivery_code: string;
  /** 网点编码（仅一个） */
  site_code?: string;
  /** 网点名称（仅一个） */
  site_name?: string;
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
  address_names?: TaobaoLogisticsExpressAddressBlacklistTmsAsyncAddressNamesInput[];
  /** 电子围栏外部ID（服务商配资源下必须全局唯一） */
  region_code?: string;
  /** 电子围栏内包含的三级地址id（菜鸟地址库ID），电子围栏内包含多个三级地址时，需传多个，以英文逗号分隔 */
  region_address_id?: string;
  /** 电子围栏（经纬度），电子围栏最多5000个点（数组） */
  region_ids?: TaobaoLogisticsExpressAddressBlacklistTmsAsyncRegionIdsInput[];
  /** 扩展信息 */
  extend_message?: TaobaoLogisticsExpressAddressBlacklistTmsAsyncExtendMessageInput;
}

/** `AddressNames` of `taobao.logistics.express.address.blacklist.tms.async`. */
export interface TaobaoLogisticsExpressAddressBlacklistTmsAsyncAddressNamesInput {
  /** 浙江省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区 */
  area?: string;
  /** 街道 */
  town?: string;
}

/** `RegionIds` of `taobao.logistics.express.address.blacklist.tms.async`. */
export interface TaobaoLogisticsExpressAddressBlacklistTmsAsyncRegionIdsInput {
  /** 经度（高德） */
  longitude?: string;
  /** 纬度（高德） */
  latitude?: string;
}

/** `ExtendMessage` of `taobao.logistics.express.address.blacklist.tms.async`. */
export interface TaobaoLogisticsExpressAddressBlacklistTmsAsyncExtendMessageInput {
  /** 地址黑名单原因枚举，仅允许传一种： NEED_SWIPE_CARD 有门禁（刷卡、刷脸、梯控等） SECURITY_REFUSE 保安/门卫不允许进入 UNIT 特殊地址-部队 FACTORY 特殊地址-厂区 URBAN_VILLAGE 特殊地址-城中村 VILLAGE 特殊地址-村镇/村庄 TRANSIT_ WAREHOUSE 特殊地址-转运仓 COLLECTION_POINT 特殊地址-代收点 SCHOOL 特殊地址-学校 OTHER 其他原因 */
  reason?: string;
  /** 详细原因 条件必填，reason=OTHER时，需要填写eg：都是放到门卫处 */
  detail_reason?: string;
}

/** `AddressBlacklistResponse` of `taobao.logistics.express.address.blacklist.tms.async`. */
export interface TaobaoLogisticsExpressAddressBlacklistTmsAsyncAddressBlacklistResponse {
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
  address_blacklist_request: {
    request_id: 'String',
    request_time: 'Number',
    supplier_id: 'String',
    delivery_code: 'String',
    site_code: 'String',
    site_name: 'String',
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
    region_address_id: 'String',
    region_ids: [
      {
        longitude: 'String',
        latitude: 'String',
      },
    ],
    extend_message: {
      reason: 'String',
      detail_reason: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  address_blacklist_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    is_retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.address.blacklist.tms.async`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressAddressBlacklistTmsAsyncOperation = {
  method: 'taobao.logistics.express.address.blacklist.tms.async',
  responseRoot: 'logistics_express_address_blacklist_tms_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上门取退可揽范围黑名单同步/更新 — calls TOP method `taobao.logistics.express.address.blacklist.tms.async`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressAddressBlacklistTmsAsync(
  client: TopClient,
  request: TaobaoLogisticsExpressAddressBlacklistTmsAsyncRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressAddressBlacklistTmsAsyncResponse> {
  return client.call<TaobaoLogisticsExpressAddressBlacklistTmsAsyncResponse>(
    {
      method: 'taobao.logistics.express.address.blacklist.tms.async',
      responseRoot: 'logistics_express_address_blacklist_tms_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
