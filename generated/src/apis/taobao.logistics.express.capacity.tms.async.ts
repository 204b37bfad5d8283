// Generated from specs/ascp/taobao.logistics.express.capacity.tms.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.capacity.tms.async` (上门取退产能信息同步/更新). */
export interface TaobaoLogisticsExpressCapacityTmsAsyncRequest {
  /** 上门取退产能信息同步/更新 */
  capacity_request: TaobaoLogisticsExpressCapacityTmsAsyncCapacityRequestInput;
}

/** Response of `taobao.logistics.express.capacity.tms.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressCapacityTmsAsyncResponse {
  /** 返回值 */
  capacity_response?: TaobaoLogisticsExpressCapacityTmsAsyncCapacityResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CapacityRequest` of `taobao.logistics.express.capacity.tms.async`. */
export interface TaobaoLogisticsExpressCapacityTmsAsyncCapacityRequestInput {
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
  address_names?: TaobaoLogisticsExpressCapacityTmsAsyncAddressNameInput[];
  /** 电子围栏外部ID64 条件必填（service_scope_type=2时，必填） */
  region_code?: string;
  /** 产能更新方式：1-全量更新；2-部分更新 ● 电子围栏产能首次同步时，需选择全量更新 ● 选择全量更新时，日常及指定日期时间段产能均做全量覆盖更新； ● 选择部分更新时，日常及指定日期时间段产能仅对传入的时间段的产能进行更新，其他时间段不做处理，维持原状 */
  update_method: Int64Input;
  /** 日常产能信息 */
  daily_capacity_infos?: TaobaoLogisticsExpressCapacityTmsAsyncCapacityInfoInput[];
  /** 指定日期产能信息 */
  specify_capacity_infos?: TaobaoLogisticsExpressCapacityTmsAsyncSpecifyCapacityInfoInput[];
}

/** `AddressName` of `taobao.logistics.express.capacity.tms.async`. */
export interface TaobaoLogisticsExpressCapacityTmsAsyncAddressNameInput {
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区 */
  area?: string;
  /** 街道 */
  town?: string;
}

/** `CapacityInfo` of `taobao.logistics.express.capacity.tms.async`. */
export interface TaobaoLogisticsExpressCapacityTmsAsyncCapacityInfoInput {
  /** 单位时间段（整点小时纬度，HH:MM-HH:MM） 只能传入单位整点时间段，eg：01:00-02:00 */
  time_range?: string;
  /** 时间段产能 （单），表示时间段内可揽可上门单数 */
  capacity?: Int64Input;
}

/** `SpecifyCapacityInfo` of `taobao.logistics.express.capacity.tms.async`. */
export interface TaobaoLogisticsExpressCapacityTmsAsyncSpecifyCapacityInfoInput {
  /** 指定日期，YYYY-MM-DD */
  specify_date?: string;
  /** 时间段产能 */
  specify_date_capacity?: TaobaoLogisticsExpressCapacityTmsAsyncCapacityInfoInput[];
}

/** `CapacityResponse` of `taobao.logistics.express.capacity.tms.async`. */
export interface TaobaoLogisticsExpressCapacityTmsAsyncCapacityResponse {
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
  capacity_request: {
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
    update_method: 'Number',
    daily_capacity_infos: [
      {
        time_range: 'String',
        capacity: 'Number',
      },
    ],
    specify_capacity_infos: [
      {
        specify_date: 'String',
        specify_date_capacity: [
          {
            time_range: 'String',
            capacity: 'Number',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  capacity_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    is_retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.capacity.tms.async`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressCapacityTmsAsyncOperation = {
  method: 'taobao.logistics.express.capacity.tms.async',
  responseRoot: 'logistics_express_capacity_tms_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上门取退产能信息同步/更新 — calls TOP method `taobao.logistics.express.capacity.tms.async`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressCapacityTmsAsync(
  client: TopClient,
  request: TaobaoLogisticsExpressCapacityTmsAsyncRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressCapacityTmsAsyncResponse> {
  return client.call<TaobaoLogisticsExpressCapacityTmsAsyncResponse>(
    {
      method: 'taobao.logistics.express.capacity.tms.async',
      responseRoot: 'logistics_express_capacity_tms_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
