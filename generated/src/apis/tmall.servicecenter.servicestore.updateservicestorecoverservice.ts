// Generated from specs/tmallsc/tmall.servicecenter.servicestore.updateservicestorecoverservice.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.servicestore.updateservicestorecoverservice` (更新网点覆盖的服务). */
export interface TmallServicecenterServicestoreUpdateservicestorecoverserviceRequest {
  /** 业务类型 */
  biz_type: string;
  /** json格式，在某个业务类型(biz_type)下类目和品牌的授权关系,比如空调授权了格力和美的，热水器授权了美的和林内，洗衣机和冰箱都授权了美的和松下 */
  category_ids_and_brand_ids: string;
  /** serviceCodes列表,|分隔 */
  service_codes: string;
  /** 网点编码 */
  service_store_code: string;
}

/** Response of `tmall.servicecenter.servicestore.updateservicestorecoverservice`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterServicestoreUpdateservicestorecoverserviceResponse {
  /** result */
  result?: TmallServicecenterServicestoreUpdateservicestorecoverserviceResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultBase` of `tmall.servicecenter.servicestore.updateservicestorecoverservice`. */
export interface TmallServicecenterServicestoreUpdateservicestorecoverserviceResultBase {
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
  category_ids_and_brand_ids: 'String',
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

/** Static description of `tmall.servicecenter.servicestore.updateservicestorecoverservice`: method, response root, request and response schemas. */
export const tmallServicecenterServicestoreUpdateservicestorecoverserviceOperation = {
  method: 'tmall.servicecenter.servicestore.updateservicestorecoverservice',
  responseRoot: 'tmall_servicecenter_servicestore_updateservicestorecoverservice_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新网点覆盖的服务 — calls TOP method `tmall.servicecenter.servicestore.updateservicestorecoverservice`.
 *
 * 更新网点覆盖的服务，唯一性校验：服务商淘宝账号+网点编码+biz_type
 * 前提是网点要存在，
 * 如果需要新增的网点覆盖的服务不存在，会更新失败。
 * 网点覆盖的服务包含了业务类型(比如电器预约安装)、天猫服务的servicecode列表、授权的类目和品牌
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterServicestoreUpdateservicestorecoverservice(
  client: TopClient,
  request: TmallServicecenterServicestoreUpdateservicestorecoverserviceRequest,
  options?: CallOptions,
): Promise<TmallServicecenterServicestoreUpdateservicestorecoverserviceResponse> {
  return client.call<TmallServicecenterServicestoreUpdateservicestorecoverserviceResponse>(
    {
      method: 'tmall.servicecenter.servicestore.updateservicestorecoverservice',
      responseRoot: 'tmall_servicecenter_servicestore_updateservicestorecoverservice_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
