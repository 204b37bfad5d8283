// Generated from specs/sungari/taobao.sungari.dispose.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.sungari.dispose.submit` (商品商家处置提交任务). */
export interface TaobaoSungariDisposeSubmitRequest {
  /** 平台处置信息入参 */
  info: TaobaoSungariDisposeSubmitDisposeInfoDoInput;
}

/** Response of `taobao.sungari.dispose.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSungariDisposeSubmitResponse {
  /** 服务是否调用成功，1：成功 2：失败 11：重复提交 其他：失败 */
  resule_code?: Int64;
  /** 返回的ID */
  data?: string;
  /** 提示信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DisposeInfoDo` of `taobao.sungari.dispose.submit`. */
export interface TaobaoSungariDisposeSubmitDisposeInfoDoInput {
  /** 处置类型，1:商品处置 2：经营者处置 */
  api_type: Int64Input;
  /** 抽检报告编号 */
  check_number?: string;
  /** 处置函单位名称 */
  company_name: string;
  /** 处置函录入时间 */
  create_time: string;
  /** 处置对象内容 */
  dispose_content: string;
  /** 处置对象类型，1:订单号 2：商品ID 3:商家会员账号 4：全网排查关键字 */
  dispose_type: Int64Input;
  /** 处置函件文号 */
  doc_name: string;
  /** 资质证件号（执照） */
  licence_no?: string;
  /** 处置函联系人 */
  link_man: string;
  /** 处置函件Oss中的key */
  oss_key?: string;
  /** 处置函联系人电话 */
  phone: string;
  /** 处置函件接收平台，1:淘宝 2：天猫 3:1688 */
  platform_type: Int64Input;
  /** 处置原因 */
  reason: string;
  /** 备注信息 */
  remark?: string;
  /** 原始函单位地址 */
  source_address: string;
  /** 原始函单位名称 */
  source_company_name: string;
  /** 原始函联系人 */
  source_link_man: string;
  /** 原始函件Oss中的key */
  source_oss_key?: string;
  /** 原始函联系人电话 */
  source_phone: string;
  /** 原始函单位邮编 */
  source_post_code: string;
  /** 原始函接收时间 */
  source_time: string;
  /** 函件url链接 */
  oss_key_url?: string;
  /** 原始函链接 */
  source_oss_key_url?: string;
}

const REQUEST_SCHEMA = {
  info: {
    api_type: 'Number',
    check_number: 'String',
    company_name: 'String',
    create_time: 'String',
    dispose_content: 'String',
    dispose_type: 'Number',
    doc_name: 'String',
    licence_no: 'String',
    link_man: 'String',
    oss_key: 'String',
    phone: 'String',
    platform_type: 'Number',
    reason: 'String',
    remark: 'String',
    source_address: 'String',
    source_company_name: 'String',
    source_link_man: 'String',
    source_oss_key: 'String',
    source_phone: 'String',
    source_post_code: 'String',
    source_time: 'String',
    oss_key_url: 'String',
    source_oss_key_url: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resule_code: 'Number',
  data: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.sungari.dispose.submit`: method, response root, request and response schemas. */
export const taobaoSungariDisposeSubmitOperation = {
  method: 'taobao.sungari.dispose.submit',
  responseRoot: 'sungari_dispose_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品商家处置提交任务 — calls TOP method `taobao.sungari.dispose.submit`.
 *
 * 商品商家处置信息接口，提供政府部门发送处置信息给阿里
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSungariDisposeSubmit(
  client: TopClient,
  request: TaobaoSungariDisposeSubmitRequest,
  options?: CallOptions,
): Promise<TaobaoSungariDisposeSubmitResponse> {
  return client.call<TaobaoSungariDisposeSubmitResponse>(
    {
      method: 'taobao.sungari.dispose.submit',
      responseRoot: 'sungari_dispose_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
