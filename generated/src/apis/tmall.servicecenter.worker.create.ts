// Generated from specs/tmallservice/tmall.servicecenter.worker.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.worker.create` (服务商工人信息创建). */
export interface TmallServicecenterWorkerCreateRequest {
  /** 11 */
  worker_dto?: TmallServicecenterWorkerCreateWorkerDtoInput;
}

/** Response of `tmall.servicecenter.worker.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkerCreateResponse {
  /** result */
  result?: TmallServicecenterWorkerCreateResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkerDto` of `tmall.servicecenter.worker.create`. */
export interface TmallServicecenterWorkerCreateWorkerDtoInput {
  /** 工人居住地址 */
  address?: TmallServicecenterWorkerCreateAddressDtoInput;
  /** 111 */
  identity_id?: string;
  /** 11 */
  name?: string;
  /** 1 */
  phone?: Int64Input;
  /** 111 */
  provider_id?: Int64Input;
  /** 1111 */
  provider_name?: string;
  /** 111 */
  register_time?: DateInput;
  /** 1111 */
  service_areas?: TmallServicecenterWorkerCreateDivisionDtoInput[];
  /** 11 */
  service_types?: string[];
  /** 1111 */
  work_type?: string;
  /** 111 */
  handheld_card_pic?: string;
  /** 111 */
  photo?: string;
  /** 11 */
  id_card_pic_back?: string;
  /** 11 */
  id_card_pic?: string;
  /** 工人所属行业类型 */
  biz_type?: string;
  /** 覆盖的service_code列表，|隔开 */
  service_codes?: string;
  /** 工人支持的商品类目，格式：类目id1|类目id2 */
  cover_category_ids?: string;
  /** 网点编码 */
  service_store_code?: string;
}

/** `AddressDto` of `tmall.servicecenter.worker.create`. */
export interface TmallServicecenterWorkerCreateAddressDtoInput {
  /** 详细地址，街到门牌， */
  address_detail?: string;
  /** 省/市/区/街道 */
  address_names?: string[];
}

/** `DivisionDto` of `tmall.servicecenter.worker.create`. */
export interface TmallServicecenterWorkerCreateDivisionDtoInput {
  /** 1 */
  division_names?: string[];
}

/** `ResultBase` of `tmall.servicecenter.worker.create`. */
export interface TmallServicecenterWorkerCreateResultBase {
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
  worker_dto: {
    address: {
      address_detail: 'String',
      address_names: ['String'],
    },
    identity_id: 'String',
    name: 'String',
    phone: 'Number',
    provider_id: 'Number',
    provider_name: 'String',
    register_time: 'Date',
    service_areas: [
      {
        division_names: ['String'],
      },
    ],
    service_types: ['String'],
    work_type: 'String',
    handheld_card_pic: 'String',
    photo: 'String',
    id_card_pic_back: 'String',
    id_card_pic: 'String',
    biz_type: 'String',
    service_codes: 'String',
    cover_category_ids: 'String',
    service_store_code: 'String',
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

/** Static description of `tmall.servicecenter.worker.create`: method, response root, request and response schemas. */
export const tmallServicecenterWorkerCreateOperation = {
  method: 'tmall.servicecenter.worker.create',
  responseRoot: 'tmall_servicecenter_worker_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商工人信息创建 — calls TOP method `tmall.servicecenter.worker.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkerCreate(
  client: TopClient,
  request: TmallServicecenterWorkerCreateRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterWorkerCreateResponse> {
  return client.call<TmallServicecenterWorkerCreateResponse>(
    {
      method: 'tmall.servicecenter.worker.create',
      responseRoot: 'tmall_servicecenter_worker_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
