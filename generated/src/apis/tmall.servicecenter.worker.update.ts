// Generated from specs/tmallservice/tmall.servicecenter.worker.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.worker.update` (修改工人信息). */
export interface TmallServicecenterWorkerUpdateRequest {
  /** 工人信息 */
  worker?: TmallServicecenterWorkerUpdateWorkerDtoInput;
}

/** Response of `tmall.servicecenter.worker.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkerUpdateResponse {
  /** result */
  result?: TmallServicecenterWorkerUpdateResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkerDto` of `tmall.servicecenter.worker.update`. */
export interface TmallServicecenterWorkerUpdateWorkerDtoInput {
  /** 工人居住地址 */
  address?: TmallServicecenterWorkerUpdateAddressDtoInput;
  /** 业务类型,电器预约安装业务填appliance_install */
  biz_type?: string;
  /** 工人支持的商品类目id，竖线分隔 */
  cover_category_ids?: string;
  /** - */
  handheld_card_pic?: string;
  /** - */
  id_card_pic?: string;
  /** - */
  id_card_pic_back?: string;
  /** - */
  identity_id?: string;
  /** 工人姓名 */
  name?: string;
  /** 工人手机号 */
  phone?: Int64Input;
  /** - */
  photo?: string;
  /** - */
  provider_id?: Int64Input;
  /** - */
  provider_name?: string;
  /** - */
  register_time?: DateInput;
  /** - */
  service_areas?: TmallServicecenterWorkerUpdateDivisionDtoInput[];
  /** 网点编码 */
  service_store_code?: string;
  /** - */
  service_types?: string[];
  /** - */
  work_type?: string;
  /** serviceCodes 列表，竖线分隔 */
  service_codes?: string;
}

/** `AddressDto` of `tmall.servicecenter.worker.update`. */
export interface TmallServicecenterWorkerUpdateAddressDtoInput {
  /** 详细地址，街到门牌， */
  address_detail?: string;
  /** 省/市/区/街道 */
  address_names?: string[];
}

/** `DivisionDto` of `tmall.servicecenter.worker.update`. */
export interface TmallServicecenterWorkerUpdateDivisionDtoInput {
  /** - */
  division_names?: string[];
}

/** `ResultBase` of `tmall.servicecenter.worker.update`. */
export interface TmallServicecenterWorkerUpdateResultBase {
  /** errorCode */
  error_code?: Int64;
  /** errorMsg */
  error_msg?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** gmtModified */
  gmt_modified?: string;
  /** success */
  success?: boolean;
  /** value */
  value?: boolean;
}

const REQUEST_SCHEMA = {
  worker: {
    address: {
      address_detail: 'String',
      address_names: ['String'],
    },
    biz_type: 'String',
    cover_category_ids: 'String',
    handheld_card_pic: 'String',
    id_card_pic: 'String',
    id_card_pic_back: 'String',
    identity_id: 'String',
    name: 'String',
    phone: 'Number',
    photo: 'String',
    provider_id: 'Number',
    provider_name: 'String',
    register_time: 'Date',
    service_areas: [
      {
        division_names: ['String'],
      },
    ],
    service_store_code: 'String',
    service_types: ['String'],
    work_type: 'String',
    service_codes: 'String',
  },
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

/** Static description of `tmall.servicecenter.worker.update`: method, response root, request and response schemas. */
export const tmallServicecenterWorkerUpdateOperation = {
  method: 'tmall.servicecenter.worker.update',
  responseRoot: 'tmall_servicecenter_worker_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改工人信息 — calls TOP method `tmall.servicecenter.worker.update`.
 *
 * 修改工人信息。该接口为多个业务公用，部分字段可忽略。对于电器预约安装业务，同一个服务商，通过工人姓名+手机号+biz_type 保证唯一性。工人已存在才可以修改。
 * 错误码如下
 * 100000, 系统错误
 * 100001, 工人信息校验失败
 * 100002, 用户校验失败
 * 100003, 操作失败
 * 10004,工人信息为空
 * 10005,服务商id为空或者服务商名称为空
 * 10006, 工人不存在
 * 10007, 工人已存在
 * 10008, 缺少工人姓名
 * 10009, 缺少工人电话
 * 10010, 网点不存在
 * 11000, category_id 无效
 * 11001, biz_type 无效
 * 20001,已查询到最后一页
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkerUpdate(
  client: TopClient,
  request: TmallServicecenterWorkerUpdateRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterWorkerUpdateResponse> {
  return client.call<TmallServicecenterWorkerUpdateResponse>(
    {
      method: 'tmall.servicecenter.worker.update',
      responseRoot: 'tmall_servicecenter_worker_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
