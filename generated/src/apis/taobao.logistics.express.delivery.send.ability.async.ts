// Generated from specs/ascp/taobao.logistics.express.delivery.send.ability.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.delivery.send.ability.async` (快递送货上门能力同步/更新接口). */
export interface TaobaoLogisticsExpressDeliverySendAbilityAsyncRequest {
  /** 快递送货上门能力 */
  delivery_send_ability_request: TaobaoLogisticsExpressDeliverySendAbilityAsyncDeliverySendAbilityRequestInput;
}

/** Response of `taobao.logistics.express.delivery.send.ability.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressDeliverySendAbilityAsyncResponse {
  /** 返回值 */
  delivery_send_ability_async_response?: TaobaoLogisticsExpressDeliverySendAbilityAsyncDeliverySendAblitiyAsyncResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliverySendAbilityRequest` of `taobao.logistics.express.delivery.send.ability.async`. */
export interface TaobaoLogisticsExpressDeliverySendAbilityAsyncDeliverySendAbilityRequestInput {
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 时间戳（毫秒） */
  request_time: Int64Input;
  /** 服务商ID */
  supplier_id: string;
  /** 服务商配资源唯一编码 */
  delivery_code: string;
  /** 网点ID */
  site_id?: string;
  /** 网点地址 */
  site_address?: string;
  /** 能力：1-送货上门 */
  ability_type: string;
  /** 服务：1-送货上门 */
  service_class: string;
  /** 品类：0-全部（默认）；1-中小件；2-大件； */
  category?: string;
  /** 服务时间 */
  service_time?: string;
  /** 服务容量：包裹件数（不传，默认无上限） */
  service_cap?: string;
  /** 服务范围地址类型：1-行政地址；2-地理围栏 */
  service_scope_type: string;
  /** 地址传入方式 1.菜鸟地址库ID传入 2.中文地址传入 */
  address_type: string;
  /** 当地址传入方式为菜鸟地址库ID传入时，则必须填写 地址id（数组）；四级/三级/二级 */
  address_id?: string[];
  /** 当地址传入方式为详细地址时填写 */
  address_name?: TaobaoLogisticsExpressDeliverySendAbilityAsyncAddressNameInput[];
  /** 地理围栏（经纬度），电子围栏最多5000个点（数组） */
  region_id?: TaobaoLogisticsExpressDeliverySendAbilityAsyncRegionIdInput[];
  /** 电子围栏外部ID */
  region_code?: string;
}

/** `AddressName` of `taobao.logistics.express.delivery.send.ability.async`. */
export interface TaobaoLogisticsExpressDeliverySendAbilityAsyncAddressNameInput {
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区 */
  area?: string;
  /** 街道 */
  town?: string;
}

/** `RegionId` of `taobao.logistics.express.delivery.send.ability.async`. */
export interface TaobaoLogisticsExpressDeliverySendAbilityAsyncRegionIdInput {
  /** 经度（高德） */
  latitude?: string;
  /** 纬度（高德） */
  longitude?: string;
}

/** `DeliverySendAblitiyAsyncResponse` of `taobao.logistics.express.delivery.send.ability.async`. */
export interface TaobaoLogisticsExpressDeliverySendAbilityAsyncDeliverySendAblitiyAsyncResponse {
  /** 系统成功失败 true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 处理结果详细信息 */
  data?: TaobaoLogisticsExpressDeliverySendAbilityAsyncDataDetails;
}

/** `DataDetails` of `taobao.logistics.express.delivery.send.ability.async`. */
export interface TaobaoLogisticsExpressDeliverySendAbilityAsyncDataDetails {
  /** 只会返回错误的地址id，如果淘天物流无法识别的地址则返回错误码 */
  address_id_results?: TaobaoLogisticsExpressDeliverySendAbilityAsyncAddressIdResults[];
  /** 只会返回错误的地址信息，如果淘天物流无法识别的地址则返回错误码 */
  address_name_results?: TaobaoLogisticsExpressDeliverySendAbilityAsyncAddressNameResults[];
  /** 只会返回错误的地理围栏信息 */
  region_id_results?: TaobaoLogisticsExpressDeliverySendAbilityAsyncRegionIdResults[];
}

/** `AddressIdResults` of `taobao.logistics.express.delivery.send.ability.async`. */
export interface TaobaoLogisticsExpressDeliverySendAbilityAsyncAddressIdResults {
  /** 错误的地址ID */
  address_id?: string;
  /** 错误原因 */
  error_message?: string;
}

/** `AddressNameResults` of `taobao.logistics.express.delivery.send.ability.async`. */
export interface TaobaoLogisticsExpressDeliverySendAbilityAsyncAddressNameResults {
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区 */
  area?: string;
  /** 街道 */
  town?: string;
  /** 错误原因 */
  error_message?: string;
}

/** `RegionIdResults` of `taobao.logistics.express.delivery.send.ability.async`. */
export interface TaobaoLogisticsExpressDeliverySendAbilityAsyncRegionIdResults {
  /** 经度（高德） */
  latitude?: string;
  /** 纬度（高德） */
  longitude?: string;
  /** 错误原因 */
  error_message?: string;
}

const REQUEST_SCHEMA = {
  delivery_send_ability_request: {
    request_id: 'String',
    request_time: 'Number',
    supplier_id: 'String',
    delivery_code: 'String',
    site_id: 'String',
    site_address: 'String',
    ability_type: 'String',
    service_class: 'String',
    category: 'String',
    service_time: 'String',
    service_cap: 'String',
    service_scope_type: 'String',
    address_type: 'String',
    address_id: ['String'],
    address_name: [
      {
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
      },
    ],
    region_id: [
      {
        latitude: 'String',
        longitude: 'String',
      },
    ],
    region_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  delivery_send_ability_async_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    data: {
      address_id_results: [
        {
          address_id: 'String',
          error_message: 'String',
        },
      ],
      address_name_results: [
        {
          province: 'String',
          city: 'String',
          area: 'String',
          town: 'String',
          error_message: 'String',
        },
      ],
      region_id_results: [
        {
          latitude: 'String',
          longitude: 'String',
          error_message: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.delivery.send.ability.async`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressDeliverySendAbilityAsyncOperation = {
  method: 'taobao.logistics.express.delivery.send.ability.async',
  responseRoot: 'logistics_express_delivery_send_ability_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 快递送货上门能力同步/更新接口 — calls TOP method `taobao.logistics.express.delivery.send.ability.async`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressDeliverySendAbilityAsync(
  client: TopClient,
  request: TaobaoLogisticsExpressDeliverySendAbilityAsyncRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressDeliverySendAbilityAsyncResponse> {
  return client.call<TaobaoLogisticsExpressDeliverySendAbilityAsyncResponse>(
    {
      method: 'taobao.logistics.express.delivery.send.ability.async',
      responseRoot: 'logistics_express_delivery_send_ability_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
