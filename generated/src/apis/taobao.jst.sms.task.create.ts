// Generated from specs/jst/taobao.jst.sms.task.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.task.create` (聚石塔短信任务创建接口). */
export interface TaobaoJstSmsTaskCreateRequest {
  /** 创建任务的入参 */
  param_create_sms_task_request: TaobaoJstSmsTaskCreateCreateSmsTaskRequestInput;
}

/** Response of `taobao.jst.sms.task.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsTaskCreateResponse {
  /** 出参 */
  result?: TaobaoJstSmsTaskCreateSmsResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateSmsTaskRequest` of `taobao.jst.sms.task.create`. */
export interface TaobaoJstSmsTaskCreateCreateSmsTaskRequestInput {
  /** 任务Code，系统分配的，创建任务不需要传，更新任务需要传对应的Code（只能更新短信文案、短信签名、短信模板） */
  task_code?: string;
  /** 任务对应的短信类型 ：1--数字短信 2--权益短信 3--公众号短信 */
  sms_type?: Int64Input;
  /** 权益短信必须是两个文案，其他类型短信为一个文案，文案中必须带$\{url}占位符，普通短信文案在第一个，权益短信文案在第二个，请严格按照顺序提交 */
  contents: string[];
  /** 数字短信必须是两个模板，其他类型短信为一个模板，普通短信模板在第一个，数字短信的模板在第二个，请严格按照顺序提交 */
  template_codes: string[];
  /** 商品详情页或店铺页H5长链地址，不能是短链 */
  url: string;
  /** 公众号短信必须是两个签名，其他类型短信为一个签名，普通短信的签名在第一个，公众号短信的签名在第二个，请严格按照顺序提交 */
  sign_names: string[];
}

/** `SmsResponse` of `taobao.jst.sms.task.create`. */
export interface TaobaoJstSmsTaskCreateSmsResponse {
  /** 请求成功 */
  code?: string;
  /** 请求成功 */
  message?: string;
  /** 出参 */
  module?: TaobaoJstSmsTaskCreateSmsTaskModel;
  /** 请求ID */
  request_id?: string;
  /** 请求成功 */
  success?: boolean;
}

/** `SmsTaskModel` of `taobao.jst.sms.task.create`. */
export interface TaobaoJstSmsTaskCreateSmsTaskModel {
  /** appkey */
  app_key?: string;
  /** 短信文案 */
  contents?: string[];
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** isv淘宝nick */
  isv_nick?: string;
  /** 商家淘宝nick */
  seller_nick?: string;
  /** 短信签名 */
  sign_names?: string[];
  /** 任务对应的短信类型 ：1--数字短信 2--权益短信 3--公众号短信 */
  sms_type?: string;
  /** 系统分配的任务code */
  task_code?: string;
  /** 短信模板code */
  template_codes?: string[];
  /** 商品或店铺详情页H5长链地址 */
  url?: string;
}

const REQUEST_SCHEMA = {
  param_create_sms_task_request: {
    task_code: 'String',
    sms_type: 'Number',
    contents: ['String'],
    template_codes: ['String'],
    url: 'String',
    sign_names: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    module: {
      app_key: 'String',
      contents: ['String'],
      gmt_create: 'Date',
      gmt_modified: 'Date',
      isv_nick: 'String',
      seller_nick: 'String',
      sign_names: ['String'],
      sms_type: 'String',
      task_code: 'String',
      template_codes: ['String'],
      url: 'String',
    },
    request_id: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.task.create`: method, response root, request and response schemas. */
export const taobaoJstSmsTaskCreateOperation = {
  method: 'taobao.jst.sms.task.create',
  responseRoot: 'jst_sms_task_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚石塔短信任务创建接口 — calls TOP method `taobao.jst.sms.task.create`.
 *
 * 聚石塔短信的任务创建接口，用于创建数字短信、公众号短信、权益短信的AB测试任务。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsTaskCreate(
  client: TopClient,
  request: TaobaoJstSmsTaskCreateRequest,
  options?: CallOptions,
): Promise<TaobaoJstSmsTaskCreateResponse> {
  return client.call<TaobaoJstSmsTaskCreateResponse>(
    {
      method: 'taobao.jst.sms.task.create',
      responseRoot: 'jst_sms_task_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
