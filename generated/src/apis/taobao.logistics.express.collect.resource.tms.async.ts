// Generated from specs/ascp/taobao.logistics.express.collect.resource.tms.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.collect.resource.tms.async` (配服务商揽收能力同步接口). */
export interface TaobaoLogisticsExpressCollectResourceTmsAsyncRequest {
  /** 上门取退可揽范围 */
  collect_resource_request: TaobaoLogisticsExpressCollectResourceTmsAsyncCollectResourceRequestInput;
}

/** Response of `taobao.logistics.express.collect.resource.tms.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressCollectResourceTmsAsyncResponse {
  /** 返回值 */
  collect_resource_response?: TaobaoLogisticsExpressCollectResourceTmsAsyncCollectResourceResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CollectResourceRequest` of `taobao.logistics.express.collect.resource.tms.async`. */
export interface TaobaoLogisticsExpressCollectResourceTmsAsyncCollectResourceRequestInput {
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 时间戳（毫秒） */
  request_time: Int64Input;
  /** 服务商ID */
  supplier_id: string;
  /** 配资源编码 */
  delivery_code: string;
  /** 网点编码（仅一个） */
  site_code: string;
  /** 网点名称（仅一个） */
  site_name: string;
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
  address_names?: TaobaoLogisticsExpressCollectResourceTmsAsyncAddressNamesInput[];
  /** 电子围栏外部ID（服务商配资源下必须全局唯一） */
  region_code?: string;
  /** 电子围栏内包含的三级地址id（菜鸟地址库ID），电子围栏内包含多个三级地址时，需传多个，以英文逗号分隔 */
  region_address_id?: string;
  /** 电子围栏（经纬度），电子围栏最多5000个点（数组） */
  region_ids?: TaobaoLogisticsExpressCollectResourceTmsAsyncRegionIdsInput[];
  /** 日常上班时间(HH:MM:SS) */
  begin_time: string;
  /** 日常下班时间(HH:MM:SS) */
  end_time: string;
  /** 日常即时单上门能力，枚举： 1 - 1小时内上门 2 - 2小时内上门 3 - 3小时内上门 4 - 4小时内上门 5 - 不支持即时单 未填写时，默认可2小时内上门 */
  immediate_collect_ability?: Int64Input;
  /** 日常预约单上门能力，枚举： 1 - 1小时预约单可上门 2 - 2小时预约单可上门 3 - 半天预约单（上下午）可上门 4 - 当天预约单可上门 */
  reservation_ability: Int64Input;
  /** 指定日期服务能力 */
  specify_date_work_ability?: TaobaoLogisticsExpressCollectResourceTmsAsyncSpecifyDateWorkAbilityInput[];
}

/** `AddressNames` of `taobao.logistics.express.collect.resource.tms.async`. */
export interface TaobaoLogisticsExpressCollectResourceTmsAsyncAddressNamesInput {
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区 */
  area?: string;
  /** 街道 */
  town?: string;
}

/** `RegionIds` of `taobao.logistics.express.collect.resource.tms.async`. */
export interface TaobaoLogisticsExpressCollectResourceTmsAsyncRegionIdsInput {
  /** 经度（高德） */
  longitude?: string;
  /** 纬度（高德） */
  latitude?: string;
}

/** `SpecifyDateWorkAbility` of `taobao.logistics.express.collect.resource.tms.async`. */
export interface TaobaoLogisticsExpressCollectResourceTmsAsyncSpecifyDateWorkAbilityInput {
  /** 指定日期，YYYY-MM-DD */
  specify_date?: string;
  /** 上班时间(HH:MM:SS) */
  begin_time?: string;
  /** 下班时间(HH:MM:SS) */
  end_time?: string;
  /** 即时单上门能力,举例 1 - 1小时内上门 2 - 2小时内上门 3 - 3小时内上门 4 - 4小时内上门 5 - 不支持即时单 未填写时，默认可2小时内上门 */
  immediate_collect_ability?: Int64Input;
  /** 预约单上门能力，枚举： 1 - 1小时预约单可上门 2 - 2小时预约单可上门 3 - 半天预约单（上下午）可上门 4 - 当天预约单可上门 */
  reservation_ability?: Int64Input;
}

/** `CollectResourceResponse` of `taobao.logistics.express.collect.resource.tms.async`. */
export interface TaobaoLogisticsExpressCollectResourceTmsAsyncCollectResourceResponse {
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
  collect_resource_request: {
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
    begin_time: 'String',
    end_time: 'String',
    immediate_collect_ability: 'Number',
    reservation_ability: 'Number',
    specify_date_work_ability: [
      {
        specify_date: 'String',
        begin_time: 'String',
        end_time: 'String',
        immediate_collect_ability: 'Number',
        reservation_ability: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  collect_resource_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    is_retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.collect.resource.tms.async`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressCollectResourceTmsAsyncOperation = {
  method: 'taobao.logistics.express.collect.resource.tms.async',
  responseRoot: 'logistics_express_collect_resource_tms_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 配服务商揽收能力同步接口 — calls TOP method `taobao.logistics.express.collect.resource.tms.async`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressCollectResourceTmsAsync(
  client: TopClient,
  request: TaobaoLogisticsExpressCollectResourceTmsAsyncRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressCollectResourceTmsAsyncResponse> {
  return client.call<TaobaoLogisticsExpressCollectResourceTmsAsyncResponse>(
    {
      method: 'taobao.logistics.express.collect.resource.tms.async',
      responseRoot: 'logistics_express_collect_resource_tms_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
