// Generated from specs/tmallsc/alibaba.tmall.spareparts.details.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmall.spareparts.details.create` (天猫蚁巢同步工单申请备件明细). */
export interface AlibabaTmallSparepartsDetailsCreateRequest {
  /** 请求入参 */
  spare_parts_details_save_request?: AlibabaTmallSparepartsDetailsCreateSparePartsDetailsSaveRequestInput;
}

/** Response of `alibaba.tmall.spareparts.details.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallSparepartsDetailsCreateResponse {
  /** 错误信息 */
  display_message?: string;
  /** 返回数据 */
  data?: boolean;
  /** app名称 */
  app_name?: string;
  /** 错误信息 */
  error_message?: string;
  /** 错误参数 */
  error_params?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SparePartsDetailsSaveRequest` of `alibaba.tmall.spareparts.details.create`. */
export interface AlibabaTmallSparepartsDetailsCreateSparePartsDetailsSaveRequestInput {
  /** 备件申请单信息 */
  application_info_dto?: AlibabaTmallSparepartsDetailsCreateApplicationInfoDTOInput;
  /** 备件明细 */
  spare_parts_info_dto?: AlibabaTmallSparepartsDetailsCreateSparePartsInfoDTOInput;
  /** 天猫服务工单号 */
  work_card_id?: Int64Input;
}

/** `ApplicationInfoDTO` of `alibaba.tmall.spareparts.details.create`. */
export interface AlibabaTmallSparepartsDetailsCreateApplicationInfoDTOInput {
  /** 品牌授权商openid */
  brand_licensor_open_id?: string;
  /** 备件申请单id */
  spare_parts_application_id?: Int64Input;
  /** 服务商openid */
  supplier_open_id?: string;
  /** 备件出库时间 */
  spare_parts_out_time?: DateInput;
}

/** `SparePartsInfoDTO` of `alibaba.tmall.spareparts.details.create`. */
export interface AlibabaTmallSparepartsDetailsCreateSparePartsInfoDTOInput {
  /** 备件编码 */
  spare_parts_code?: string;
  /** 是否需要返件 */
  need_return?: boolean;
  /** 备件一级类目 */
  first_level_category_id?: Int64Input;
  /** 备件销售价 */
  selling_price?: Int64Input;
  /** 备件名称 */
  spare_parts_name?: string;
  /** 备件二级类目 */
  second_level_category_id?: Int64Input;
  /** 备件来源 */
  spare_parts_source?: Int64Input;
  /** 备件型号 */
  model?: string;
  /** 备件进价 */
  purchase_price?: Int64Input;
  /** 备件类型 */
  spare_parts_type?: string;
  /** 备件数量 */
  spare_parts_count: Int64Input;
}

const REQUEST_SCHEMA = {
  spare_parts_details_save_request: {
    application_info_dto: {
      brand_licensor_open_id: 'String',
      spare_parts_application_id: 'Number',
      supplier_open_id: 'String',
      spare_parts_out_time: 'Date',
    },
    spare_parts_info_dto: {
      spare_parts_code: 'String',
      need_return: 'Boolean',
      first_level_category_id: 'Number',
      selling_price: 'Number',
      spare_parts_name: 'String',
      second_level_category_id: 'Number',
      spare_parts_source: 'Number',
      model: 'String',
      purchase_price: 'Number',
      spare_parts_type: 'String',
      spare_parts_count: 'Number',
    },
    work_card_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  display_message: 'String',
  data: 'Boolean',
  app_name: 'String',
  error_message: 'String',
  error_params: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmall.spareparts.details.create`: method, response root, request and response schemas. */
export const alibabaTmallSparepartsDetailsCreateOperation = {
  method: 'alibaba.tmall.spareparts.details.create',
  responseRoot: 'alibaba_tmall_spareparts_details_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫蚁巢同步工单申请备件明细 — calls TOP method `alibaba.tmall.spareparts.details.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallSparepartsDetailsCreate(
  client: TopClient,
  request: AlibabaTmallSparepartsDetailsCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallSparepartsDetailsCreateResponse> {
  return client.call<AlibabaTmallSparepartsDetailsCreateResponse>(
    {
      method: 'alibaba.tmall.spareparts.details.create',
      responseRoot: 'alibaba_tmall_spareparts_details_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
