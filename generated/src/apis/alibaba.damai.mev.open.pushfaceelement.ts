// Generated from specs/damai/alibaba.damai.mev.open.pushfaceelement.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.pushfaceelement` (大麦换验平台-第三方对外开放-票面元素接口pushFaceElement). */
export interface AlibabaDamaiMevOpenPushfaceelementRequest {
  /**
   * 入参pushFaceElementParamList
   *
   * Max list size: 50
   */
  push_face_element_param_list?: AlibabaDamaiMevOpenPushfaceelementThirdFaceElementPushOpenParamInput[];
}

/** Response of `alibaba.damai.mev.open.pushfaceelement`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenPushfaceelementResponse {
  /** result */
  result?: AlibabaDamaiMevOpenPushfaceelementResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ThirdFaceElementPushOpenParam` of `alibaba.damai.mev.open.pushfaceelement`. */
export interface AlibabaDamaiMevOpenPushfaceelementThirdFaceElementPushOpenParamInput {
  /** 变量类型 */
  data_type?: Int64Input;
  /** 日期格式 */
  date_format?: string;
  /** 元素类型 */
  element_type?: Int64Input;
  /** 扩展字段名称 */
  ext_name?: string;
  /** 扩展字段类型 */
  ext_type?: string;
  /** 票面id */
  face_id?: Int64Input;
  /** 字体 */
  font?: string;
  /** 字体朝向 */
  font_orientation?: Int64Input;
  /** 字体形状 */
  font_shape?: Int64Input;
  /** 字号 */
  font_size?: Int64Input;
  /** 元素高度 */
  height?: Int64Input;
  /** 横坐标 */
  horizontal_coordinate?: Int64Input;
  /** 推送时间 */
  push_time?: DateInput;
  /** 图片url */
  static_pic_url?: string;
  /** 图片内容 */
  static_text_content?: string;
  /** 商户密钥 */
  supplier_secret?: string;
  /** 系统id */
  system_id?: Int64Input;
  /** 纵坐标 */
  vertical_coordinate?: Int64Input;
  /** 元素宽度 */
  width?: Int64Input;
}

/** `Result` of `alibaba.damai.mev.open.pushfaceelement`. */
export interface AlibabaDamaiMevOpenPushfaceelementResult {
  /** 错误码 */
  error_code?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** 返回结果 */
  model?: boolean;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  push_face_element_param_list: [
    {
      data_type: 'Number',
      date_format: 'String',
      element_type: 'Number',
      ext_name: 'String',
      ext_type: 'String',
      face_id: 'Number',
      font: 'String',
      font_orientation: 'Number',
      font_shape: 'Number',
      font_size: 'Number',
      height: 'Number',
      horizontal_coordinate: 'Number',
      push_time: 'Date',
      static_pic_url: 'String',
      static_text_content: 'String',
      supplier_secret: 'String',
      system_id: 'Number',
      vertical_coordinate: 'Number',
      width: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_msg: 'String',
    model: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.mev.open.pushfaceelement`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenPushfaceelementOperation = {
  method: 'alibaba.damai.mev.open.pushfaceelement',
  responseRoot: 'alibaba_damai_mev_open_pushfaceelement_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-票面元素接口pushFaceElement — calls TOP method `alibaba.damai.mev.open.pushfaceelement`.
 *
 * pushFaceElement
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenPushfaceelement(
  client: TopClient,
  request: AlibabaDamaiMevOpenPushfaceelementRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenPushfaceelementResponse> {
  return client.call<AlibabaDamaiMevOpenPushfaceelementResponse>(
    {
      method: 'alibaba.damai.mev.open.pushfaceelement',
      responseRoot: 'alibaba_damai_mev_open_pushfaceelement_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
