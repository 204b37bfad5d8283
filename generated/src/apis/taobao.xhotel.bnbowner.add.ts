// Generated from specs/xhotelitem/taobao.xhotel.bnbowner.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbowner.add` (民宿房东信息添加). */
export interface TaobaoXhotelBnbownerAddRequest {
  /** 添加房东信息的对象 */
  add_owner_param?: TaobaoXhotelBnbownerAddAddOwnerParamInput;
}

/** Response of `taobao.xhotel.bnbowner.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbownerAddResponse {
  /** 查询结果集 */
  result?: TaobaoXhotelBnbownerAddResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddOwnerParam` of `taobao.xhotel.bnbowner.add`. */
export interface TaobaoXhotelBnbownerAddAddOwnerParamInput {
  /** 房东头像地址，大小不超过3M，格式格式限制"png", "jpg", "jpeg" */
  avatar_url: string;
  /** 订单平均确认时长（单位分钟，要求大于0） */
  avg_confirm_time?: Int64Input;
  /** 房东的生日（年-月-日 00:00:00） */
  birthday?: DateInput;
  /** 房东所在城市编码。参见：http://hotel.alitrip.com/area.htm，domestic为false时，输入对应国家的海外城市编码，可调用海外城市查询接口获取； */
  city?: Int64Input;
  /** 订单接单率 0-100，百分比分子 */
  confirm_rate?: Int64Input;
  /** 星座 -1:错误，未知, 0:白羊,1:金牛,2:双子,3:巨蟹,4:狮子,5:处女,6:天秤,7:天蝎,8:射手,9:摩羯,10:水瓶,11:双鱼 */
  constellation?: Int64Input;
  /** 国内固定传"China"；国外必须传定义的海外国家编码值。参见：http://hotel.alitrip.com/area.htm */
  country?: string;
  /** 房东介绍，长度限制2048个字符 */
  description?: string;
  /** 邮箱 */
  email?: string;
  /** 性别，M-男性,F-女性，U-未知 */
  gender?: string;
  /** 爱好，用英文逗号分割 如"游泳,爬山" */
  hobbies?: string;
  /** 身份证号 */
  id_number?: string;
  /** 房东标签，英文逗号分割，如"超赞,有爱" */
  labels?: string;
  /** 房东等级评分，0-100，房东等级越高越优秀 */
  level?: Int64Input;
  /** 经营资质执照类型对应的名称，执照类型1（身份证）：身份证姓名；执照类型2（护照）：护照姓名；执照类型3（营业执照）：企业名称 */
  license_name?: string;
  /** 经营资质执照类型对应的编码，执照类型1（身份证）：身份证号；执照类型2（护照）：护照号；执照类型3（营业执照）：营业执照编号 */
  license_no?: string;
  /** 经营资质执照类型 ，1 身份证(默认)、2 护照、3 营业执照 */
  license_type: Int64Input;
  /** 移动电话号码。移动电话号码与固定电话号码二者必须填一个 */
  mobile_phone?: string;
  /** 房东昵称 */
  nick_name: string;
  /** 房东Id，供货商自己库中的房东Id */
  outer_id: string;
  /** 房东类型，枚举 1.个人房东；2.商户经营；3.其他 */
  owner_type: Int64Input;
  /** 好评率，0-100，百分比分子，数字越大好评率越高 */
  positive_feedback?: Int64Input;
  /** 职业 */
  profession?: string;
  /** 省份编码。选填，不填入的时候已city字段为准.参见：http://hotel.alitrip.com/area.htm */
  province?: Int64Input;
  /** 学历 1:小学,2:初中,3:高中,4:本科,5:硕士,6:博士,7:博士后,0:其他 */
  qualification?: Int64Input;
  /** 房东的真实联系方式，不能填第三方转接号码 */
  real_contact: string;
  /** 实名认证姓名 */
  real_name?: string;
  /** 回复率，0-100，百分比分子，数字越大回复率越高 */
  response_rate?: Int64Input;
  /** 房东故事，json串，可以传图片和文本： {"pics":[""],"content":""} */
  story?: string;
  /** 固定电话。移动电话号码与固定电话号码二者必须填一个 */
  telephone?: string;
  /** 实名验证方式，认证情况:1:身份验证,2:头像验证,4:手机验证,8:邮箱验证,可以二进制叠加,二进制各位代表含义 */
  validate: Int64Input;
  /** 对接系统商名称：可为空不要乱填，需要申请后使用 */
  vendor?: string;
}

/** `ResultSet` of `taobao.xhotel.bnbowner.add`. */
export interface TaobaoXhotelBnbownerAddResultSet {
  /** firstResult */
  first_result?: TaobaoXhotelBnbownerAddAddOwnerParam;
}

/** `AddOwnerParam` of `taobao.xhotel.bnbowner.add`. */
export interface TaobaoXhotelBnbownerAddAddOwnerParam {
  /** 房东头像地址 */
  avatar_url?: string;
  /** 订单平均确认时长（单位分钟，要求大于0） */
  avg_confirm_time?: Int64;
  /** 房东的生日（年-月-日 00:00:00） */
  birthday?: string;
  /** 房东血型，0:未知,1:A型,2:B型,3:AB型,4:O型 */
  blood_type?: Int64;
  /** 房东所在城市编码。参见：http://hotel.alitrip.com/area.htm，domestic为false时，输入对应国家的海外城市编码，可调用海外城市查询接口获取； */
  city?: Int64;
  /** 订单接单率 0-100，百分比分子 */
  confirm_rate?: Int64;
  /** 星座 -1:错误，未知, 0:白羊,1:金牛,2:双子,3:巨蟹,4:狮子,5:处女,6:天秤,7:天蝎,8:射手,9:摩羯,10:水瓶,11:双鱼 */
  constellation?: Int64;
  /** 国内固定传"China"；国外必须传定义的海外国家编码值。参见：http://hotel.alitrip.com/area.htm */
  country?: string;
  /** 房东介绍，长度限制2048个字符 */
  description?: string;
  /** 邮箱 */
  email?: string;
  /** 性别，M-男性,F-女性，U-未知 */
  gender?: string;
  /** 爱好，用英文逗号分割 如"游泳,爬山" */
  hobbies?: string;
  /** 身份证号 */
  id_number?: string;
  /** 房东标签，英文逗号分割，如"超赞,有爱" */
  labels?: string;
  /** 房东等级评分，0-100，房东等级越高越优秀 */
  level?: Int64;
  /** 经营资质执照类型对应的名称，执照类型1（身份证）：身份证姓名；执照类型2（护照）：护照姓名；执照类型3（营业执照）：企业名称 */
  license_name?: string;
  /** 经营资质执照类型对应的编码，执照类型1（身份证）：身份证号；执照类型2（护照）：护照号；执照类型3（营业执照）：营业执照编号 */
  license_no?: string;
  /** 经营资质执照类型 ，1 身份证(默认)、2 护照、3 营业执照 */
  license_type?: Int64;
  /** 移动电话 */
  mobile_phone?: string;
  /** 昵称 */
  nick_name?: string;
  /** 房东Id，供货商自己库中的房东Id */
  outer_id?: string;
  /** 房东类型，枚举 1.个人房东；2.商户经营；3.其他 */
  owner_type?: Int64;
  /** 好评率，0-100，百分比分子，数字越大好评率越高 */
  positive_feedback?: Int64;
  /** 职业 */
  profession?: string;
  /** 省份编码。选填，不填入的时候已city字段为准.参见：http://hotel.alitrip.com/area.htm */
  province?: Int64;
  /** 学历 1:小学,2:初中,3:高中,4:本科,5:硕士,6:博士,7:博士后,0:其他 */
  qualification?: Int64;
  /** 房东的真实联系方式，不能填第三方转接号码 */
  real_contact?: string;
  /** 实名认证姓名 */
  real_name?: string;
  /** 回复率，0-100，百分比分子，数字越大回复率越高 */
  response_rate?: Int64;
  /** 房东故事 */
  story?: string;
  /** 固定电话 */
  telephone?: string;
  /** 实名验证方式，认证情况:1:身份验证,2:头像验证,4:手机验证,8:邮箱验证,可以二进制叠加,二进制各位代表含义 */
  validate?: Int64;
  /** 对接系统商名称：可为空不要乱填，需要申请后使用 */
  vendor?: string;
}

const REQUEST_SCHEMA = {
  add_owner_param: {
    avatar_url: 'String',
    avg_confirm_time: 'Number',
    birthday: 'Date',
    city: 'Number',
    confirm_rate: 'Number',
    constellation: 'Number',
    country: 'String',
    description: 'String',
    email: 'String',
    gender: 'String',
    hobbies: 'String',
    id_number: 'String',
    labels: 'String',
    level: 'Number',
    license_name: 'String',
    license_no: 'String',
    license_type: 'Number',
    mobile_phone: 'String',
    nick_name: 'String',
    outer_id: 'String',
    owner_type: 'Number',
    positive_feedback: 'Number',
    profession: 'String',
    province: 'Number',
    qualification: 'Number',
    real_contact: 'String',
    real_name: 'String',
    response_rate: 'Number',
    story: 'String',
    telephone: 'String',
    validate: 'Number',
    vendor: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    first_result: {
      avatar_url: 'String',
      avg_confirm_time: 'Number',
      birthday: 'Date',
      blood_type: 'Number',
      city: 'Number',
      confirm_rate: 'Number',
      constellation: 'Number',
      country: 'String',
      description: 'String',
      email: 'String',
      gender: 'String',
      hobbies: 'String',
      id_number: 'String',
      labels: 'String',
      level: 'Number',
      license_name: 'String',
      license_no: 'String',
      license_type: 'Number',
      mobile_phone: 'String',
      nick_name: 'String',
      outer_id: 'String',
      owner_type: 'Number',
      positive_feedback: 'Number',
      profession: 'String',
      province: 'Number',
      qualification: 'Number',
      real_contact: 'String',
      real_name: 'String',
      response_rate: 'Number',
      story: 'String',
      telephone: 'String',
      validate: 'Number',
      vendor: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbowner.add`: method, response root, request and response schemas. */
export const taobaoXhotelBnbownerAddOperation = {
  method: 'taobao.xhotel.bnbowner.add',
  responseRoot: 'xhotel_bnbowner_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 民宿房东信息添加 — calls TOP method `taobao.xhotel.bnbowner.add`.
 *
 * 添加和更新民宿房东的信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbownerAdd(
  client: TopClient,
  request: TaobaoXhotelBnbownerAddRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelBnbownerAddResponse> {
  return client.call<TaobaoXhotelBnbownerAddResponse>(
    {
      method: 'taobao.xhotel.bnbowner.add',
      responseRoot: 'xhotel_bnbowner_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
