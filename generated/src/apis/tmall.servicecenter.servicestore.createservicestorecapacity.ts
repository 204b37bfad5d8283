// Generated from specs/tmallsc/tmall.servicecenter.servicestore.createservicestorecapacity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.servicestore.createservicestorecapacity` (新增网点容量). */
export interface TmallServicecenterServicestoreCreateservicestorecapacityRequest {
  /** 业务类型 */
  biz_type: string;
  /** json格式，在某个业务类型(biz_type)下,类目所覆盖区域对应的容量。一个网点承接了空调和热水器的安装, 空调覆盖的区域是杭州市上城区和下城区，容量是10； 热水器覆盖的区域是杭州市下城区和江干区，容量是18；洗衣机和冰箱覆盖区域一样都是杭州市上城区和西湖区，合并计算容量30 */
  category_ids_and_area_codes_and_capacity: string;
  /** serviceCodes列表,|分隔 */
  service_codes: string;
  /** 网点编码 */
  service_store_code: string;
}

/** Response of `tmall.servicecenter.servicestore.createservicestorecapacity`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterServicestoreCreateservicestorecapacityResponse {
  /** result */
  result?: TmallServicecenterServicestoreCreateservicestorecapacityResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultBase` of `tmall.servicecenter.servicestore.createservicestorecapacity`. */
export interface TmallServicecenterServicestoreCreateservicestorecapacityResultBase {
  /** 错误编码 */
  error_code?: Int64;
  /** 错误描述 */
  error_msg?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** gmtModified */
  gmt_modified?: string;
  /** success */
  success?: boolean;
  /** 是否成功 */
  value?: boolean;
}

const REQUEST_SCHEMA = {
  biz_type: 'String',
  category_ids_and_area_codes_and_capacity: 'String',
  service_codes: 'String',
  service_store_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_msg: 'String',
    gmt_create: 'Date',
    gmt_modified: 'Date',
    success: 'Boolean',
    value: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.servicestore.createservicestorecapacity`: method, response root, request and response schemas. */
export const tmallServicecenterServicestoreCreateservicestorecapacityOperation = {
  method: 'tmall.servicecenter.servicestore.createservicestorecapacity',
  responseRoot: 'tmall_servicecenter_servicestore_createservicestorecapacity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增网点容量 — calls TOP method `tmall.servicecenter.servicestore.createservicestorecapacity`.
 *
 * 新增网点容量，唯一性校验：服务商淘宝账号+网点编码+biz_type
 * 前提是网点要存在，
 * 如果需要新增的网点容量已存在，会新增失败。
 * 网点容量包含了业务类型(比如电器预约安装)、天猫服务的servicecode列表、类目区域和容量
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterServicestoreCreateservicestorecapacity(
  client: TopClient,
  request: TmallServicecenterServicestoreCreateservicestorecapacityRequest,
  options?: CallOptions,
): Promise<TmallServicecenterServicestoreCreateservicestorecapacityResponse> {
  return client.call<TmallServicecenterServicestoreCreateservicestorecapacityResponse>(
    {
      method: 'tmall.servicecenter.servicestore.createservicestorecapacity',
      responseRoot: 'tmall_servicecenter_servicestore_createservicestorecapacity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
